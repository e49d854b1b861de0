import { Box } from "@mantine/core";
import Templates from "@rjsf/mantine/lib/templates/index.js";
import type { FieldTemplateProps } from "@rjsf/utils";

const BaseFieldTemplate = Templates.FieldTemplate!;

/** The stock field; top-level fields get `form-field-<name>` so tests find them by name. */
export function FieldTemplate(props: FieldTemplateProps) {
  const path = props.fieldPathId.path;
  const field = <BaseFieldTemplate {...props} />;
  if (path.length !== 1 || props.hidden) return field;
  return <Box data-testid={`form-field-${String(path[0])}`}>{field}</Box>;
}
