// The title of a nested section (a user's bank details): a heading one step above the field
// labels, so a section reads as a group of fields rather than a new page.
import { Grid, Title } from "@mantine/core";
import type { ReactNode } from "react";
import {
  getUiOptions,
  titleId,
  type ArrayFieldTitleProps,
  type TitleFieldProps,
} from "@rjsf/utils";

/** A heading one step above the field labels, with the control that adds or drops the group. */
function GroupHeading({
  id,
  title,
  optionalDataControl,
}: {
  id: string;
  title: string | undefined;
  optionalDataControl?: ReactNode;
}) {
  const heading = title ? (
    <Title id={id} order={3} size="h5" fw={600} mt={4}>
      {title}
    </Title>
  ) : null;
  if (!optionalDataControl) return heading;
  return (
    <Grid>
      <Grid.Col span="auto">{heading}</Grid.Col>
      <Grid.Col span="content">{optionalDataControl}</Grid.Col>
    </Grid>
  );
}

export function SectionTitle({ id, title, optionalDataControl }: TitleFieldProps) {
  return <GroupHeading id={id} title={title} optionalDataControl={optionalDataControl} />;
}

/**
 * The title of a list in a form ("Tags"): the same heading level as a section's, where the
 * stock template uses a level 4 heading and skips a level under the dialog's title.
 */
export function ListTitle(props: ArrayFieldTitleProps) {
  const { fieldPathId, title, uiSchema, registry, optionalDataControl } = props;
  const { label: displayLabel = true } = getUiOptions(uiSchema, registry.globalUiOptions);
  if (!title || !displayLabel) return null;
  return (
    <GroupHeading
      id={titleId(fieldPathId)}
      title={title}
      optionalDataControl={optionalDataControl}
    />
  );
}
