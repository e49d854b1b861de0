// The title of a nested section (a user's bank details): a heading one step above the field
// labels, so a section reads as a group of fields rather than a new page.
import { Grid, Title } from "@mantine/core";
import type { TitleFieldProps } from "@rjsf/utils";

export function SectionTitle({ id, title, optionalDataControl }: TitleFieldProps) {
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
