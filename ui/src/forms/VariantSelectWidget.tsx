// The select rjsf shows where a field (or the whole body) is one of several shapes — a payment
// terminal of one kind or another. rjsf hides its label when the field's title stands above it,
// and the body itself has no title, which leaves the control without a name for screen readers
// and an operator without a word for what it chooses. It is labelled "Kind" in those cases.
import type { WidgetProps } from "@rjsf/utils";
import SelectWidget from "@rjsf/mantine/lib/widgets/SelectWidget.js";

const VARIANT_CHOICE = /__(any|one)of_select$/;

export function VariantAwareSelectWidget(props: WidgetProps) {
  const unnamed = props.hideLabel === true || !props.label;
  if (!VARIANT_CHOICE.test(props.name) || !unnamed) return <SelectWidget {...props} />;
  return <SelectWidget {...props} label="Kind" hideLabel={false} />;
}
