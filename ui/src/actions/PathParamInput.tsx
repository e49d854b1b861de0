import { NumberInput, Select, TextInput } from "@mantine/core";
import { fieldLabel, optionLabel } from "../format/labels";
import type { PathParamShape } from "../catalog/operationShapes";
import { ReferencePicker } from "../forms";

export interface PathParamInputProps {
  param: PathParamShape;
  /** The resource the parameter names a record of, when known. */
  resource: string | null;
  /** Parent path values of that resource's listing. */
  resourcePath?: Record<string, string | number>;
  value: string | number | undefined;
  onChange: (value: string | number | undefined) => void;
}

/** One path value an action needs besides its target: a record, a choice, or a number. */
export function PathParamInput({
  param,
  resource,
  resourcePath,
  value,
  onChange,
}: PathParamInputProps) {
  const [name, type] = param;
  const label = fieldLabel(name);
  if (resource !== null) {
    return (
      <ReferencePicker
        resource={resource}
        path={resourcePath}
        label={label}
        value={value ?? null}
        numeric={type === "integer"}
        required
        onChange={(next) => onChange(Array.isArray(next) ? next[0] : (next ?? undefined))}
        testId={`reference-picker-${name}`}
      />
    );
  }
  if (param.length === 3) {
    return (
      <Select
        label={label}
        required
        data={param[2].map((option) => ({ value: option, label: optionLabel(option) }))}
        value={typeof value === "string" ? value : null}
        onChange={(next) => onChange(next ?? undefined)}
        data-testid={`path-param-${name}`}
      />
    );
  }
  if (type === "integer") {
    return (
      <NumberInput
        label={label}
        required
        allowDecimal={false}
        value={typeof value === "number" ? value : ""}
        onChange={(next) => onChange(typeof next === "number" ? next : undefined)}
        data-testid={`path-param-${name}`}
      />
    );
  }
  return (
    <TextInput
      label={label}
      required
      value={value === undefined ? "" : String(value)}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      data-testid={`path-param-${name}`}
    />
  );
}
