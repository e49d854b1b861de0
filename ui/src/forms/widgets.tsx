// Mantine widgets the stock rjsf theme lacks or formats differently from what the API takes:
// a switch for booleans, date/time pickers that keep ISO 8601 values, an `HH:MM` time input,
// the reference picker, and a secret input that shows its value only after an explicit Reveal.
import { Button, NumberInput, Switch, TextInput } from "@mantine/core";
import { DatePickerInput, DateTimePicker, TimeInput } from "@mantine/dates";
import type { WidgetProps } from "@rjsf/utils";
import dayjs from "dayjs";
import { useState } from "react";
import type { Value } from "../bindings";
import { fieldLabel } from "../format/labels";
import { ReferencePicker } from "./ReferencePicker";
import { referenceParentPath } from "./references";

/** What every widget of a record form can see besides its own value. */
export interface RecordFormContext {
  /** The operation's path values (`chargePoint` of a charge point action). */
  path: Record<string, Value>;
  /** The whole form's current values, for fields that depend on others. */
  formData: Record<string, Value>;
}

function errorText(props: WidgetProps): string | undefined {
  return props.rawErrors !== undefined && props.rawErrors.length > 0
    ? props.rawErrors.join(" ")
    : undefined;
}

function widgetLabel(props: WidgetProps): string | undefined {
  return props.hideLabel ? undefined : props.label || undefined;
}

/**
 * A secret of another system (a password, a PIN, an API key): typed hidden, and shown only
 * when the operator presses Reveal. A record's current value is never shown unasked.
 */
export function SecretWidget(props: WidgetProps) {
  const [revealed, setRevealed] = useState(false);
  const value =
    typeof props.value === "string" || typeof props.value === "number" ? props.value : "";
  return (
    <TextInput
      id={props.id}
      label={widgetLabel(props)}
      type={revealed ? "text" : "password"}
      autoComplete="off"
      required={props.required}
      disabled={props.disabled || props.readonly}
      error={errorText(props)}
      value={String(value)}
      onChange={(event) =>
        props.onChange(event.currentTarget.value === "" ? undefined : event.currentTarget.value)
      }
      onBlur={() => props.onBlur(props.id, props.value)}
      rightSectionWidth={80}
      rightSection={
        <Button
          size="compact-xs"
          variant="subtle"
          aria-pressed={revealed}
          onClick={() => setRevealed((shown) => !shown)}
          data-testid={`reveal-${props.name}`}
        >
          {revealed ? "Hide" : "Reveal"}
        </Button>
      }
      data-testid={`secret-${props.name}`}
    />
  );
}

export function SwitchWidget(props: WidgetProps) {
  return (
    <Switch
      id={props.id}
      label={widgetLabel(props)}
      checked={props.value === true}
      disabled={props.disabled || props.readonly}
      error={errorText(props)}
      onChange={(event) => props.onChange(event.currentTarget.checked)}
      onBlur={() => props.onBlur(props.id, props.value)}
    />
  );
}

/** Date-time as ISO 8601 with the local offset, which the API reads without ambiguity. */
export function DateTimeWidget(props: WidgetProps) {
  const value =
    typeof props.value === "string" && dayjs(props.value).isValid() ? dayjs(props.value) : null;
  return (
    <DateTimePicker
      id={props.id}
      label={widgetLabel(props)}
      required={props.required}
      disabled={props.disabled || props.readonly}
      error={errorText(props)}
      clearable
      withSeconds
      valueFormat="YYYY-MM-DD HH:mm:ss"
      value={value === null ? null : value.format("YYYY-MM-DD HH:mm:ss")}
      onChange={(next) => props.onChange(next === null ? undefined : dayjs(next).format())}
    />
  );
}

export function DateWidget(props: WidgetProps) {
  const value = typeof props.value === "string" && props.value !== "" ? props.value : null;
  return (
    <DatePickerInput
      id={props.id}
      label={widgetLabel(props)}
      required={props.required}
      disabled={props.disabled || props.readonly}
      error={errorText(props)}
      clearable
      valueFormat="YYYY-MM-DD"
      value={value}
      onChange={(next) =>
        props.onChange(next === null ? undefined : dayjs(next).format("YYYY-MM-DD"))
      }
    />
  );
}

/** `HH:MM` (or `HH:MM:SS`): the browser's time input already speaks that format. */
export function TimeWidget(props: WidgetProps) {
  const seconds = props.options.seconds === true;
  return (
    <TimeInput
      id={props.id}
      label={widgetLabel(props)}
      required={props.required}
      disabled={props.disabled || props.readonly}
      error={errorText(props)}
      withSeconds={seconds}
      value={typeof props.value === "string" ? props.value : ""}
      onChange={(event) =>
        props.onChange(event.currentTarget.value === "" ? undefined : event.currentTarget.value)
      }
    />
  );
}

export function ReferenceWidget(props: WidgetProps) {
  const resource = props.options.resource;
  if (typeof resource !== "string") {
    return (
      <TextInput
        label={widgetLabel(props)}
        value={String(props.value ?? "")}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    );
  }
  const numeric = props.options.numeric !== false;
  const parents = (props.options.parents ?? {}) as Record<string, string>;
  const context = props.registry.formContext as RecordFormContext | undefined;
  const path = referenceParentPath(parents, context?.path ?? {}, context?.formData ?? {});
  if (path === null) {
    // A nested record (a connector) is listed under its parents: until the form names them,
    // the id is typed.
    const missing = Object.keys(parents).map(fieldLabel).join(" and ");
    const description = `Choose the ${missing} first to pick from a list, or type the id.`;
    return numeric ? (
      <NumberInput
        label={widgetLabel(props)}
        description={description}
        allowDecimal={false}
        required={props.required}
        disabled={props.disabled || props.readonly}
        error={errorText(props)}
        value={typeof props.value === "number" ? props.value : ""}
        onChange={(next) => props.onChange(typeof next === "number" ? next : undefined)}
        data-testid={`reference-id-${props.name}`}
      />
    ) : (
      <TextInput
        label={widgetLabel(props)}
        description={description}
        required={props.required}
        disabled={props.disabled || props.readonly}
        error={errorText(props)}
        value={String(props.value ?? "")}
        onChange={(event) => props.onChange(event.currentTarget.value || undefined)}
        data-testid={`reference-id-${props.name}`}
      />
    );
  }
  return (
    <ReferencePicker
      // Other parents, other records: the picker starts afresh.
      key={JSON.stringify(path)}
      resource={resource}
      path={path}
      label={widgetLabel(props) ?? ""}
      value={props.value as never}
      onChange={(next) =>
        props.onChange(
          next === null || (Array.isArray(next) && next.length === 0) ? undefined : next,
        )
      }
      many={props.options.many === true}
      numeric={numeric}
      required={props.required}
      disabled={props.disabled || props.readonly}
      error={errorText(props)}
      testId={`reference-picker-${props.name}`}
    />
  );
}
