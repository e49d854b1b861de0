import Templates from "@rjsf/mantine/lib/templates/index.js";
import type { BaseInputTemplateProps, RJSFSchema } from "@rjsf/utils";

const BaseInputTemplate = Templates.BaseInputTemplate!;

function numericType(schema: RJSFSchema): "number" | "integer" | null {
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.includes("integer")) return "integer";
  if (types.includes("number")) return "number";
  return null;
}

/**
 * The stock input, with a number input for nullable numbers too (the stock template looks at
 * `type: "number"` only) and the decimal step the field's options ask for, so the arrows move
 * by cents rather than by whole units.
 */
export function NumberAwareInputTemplate(props: BaseInputTemplateProps) {
  const numeric = numericType(props.schema);
  if (numeric === null) return <BaseInputTemplate {...props} />;
  const step = props.options.step;
  const schema: RJSFSchema =
    typeof step === "number" && props.schema.multipleOf === undefined
      ? { ...props.schema, multipleOf: step }
      : props.schema;
  return <BaseInputTemplate {...props} type="number" schema={schema} />;
}
