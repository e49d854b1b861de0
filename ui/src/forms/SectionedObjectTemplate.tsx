// A form's top-level fields in titled sections (Identity, Status, Location and hardware,
// Billing, Dates…), the same groups and order as the record's detail screen. The sections come
// from the form's uiSchema ("ui:options".sections, set by RecordForm); nested objects and forms
// without sections keep @rjsf/mantine's own layout.
import { Box, SimpleGrid, Stack, Title } from "@mantine/core";
import Templates from "@rjsf/mantine/lib/templates/index.js";
import { getUiOptions, type ObjectFieldTemplateProps } from "@rjsf/utils";
import type { FormSection } from "../catalog/detailLayout";

const DefaultObjectFieldTemplate = Templates.ObjectFieldTemplate!;

function sectionsOf(props: ObjectFieldTemplateProps): FormSection[] | null {
  if (props.fieldPathId.$id !== "root") return null;
  const sections = getUiOptions(props.uiSchema).sections;
  return Array.isArray(sections) ? (sections as FormSection[]) : null;
}

export function SectionedObjectTemplate(props: ObjectFieldTemplateProps) {
  const sections = sectionsOf(props);
  if (sections === null) return <DefaultObjectFieldTemplate {...props} />;
  const byName = new Map(
    props.properties
      .filter((property) => !property.hidden)
      .map((property) => [property.name, property]),
  );
  const shown = sections
    .map((section) => ({
      ...section,
      properties: section.fields.flatMap((name) => byName.get(name) ?? []),
    }))
    .filter((section) => section.properties.length > 0);
  const placed = new Set(shown.flatMap((section) => section.fields));
  const unplaced = [...byName.values()].filter((property) => !placed.has(property.name));
  return (
    <Stack gap="md" id={props.fieldPathId.$id}>
      {shown.map((section) => (
        <Box component="section" key={section.title} data-testid="form-section">
          <Title order={3} size="h5" fw={600} mb="xs">
            {section.title}
          </Title>
          <SimpleGrid cols={1} mb="sm">
            {section.properties.map((property) => (
              <Box key={property.name}>{property.content}</Box>
            ))}
          </SimpleGrid>
        </Box>
      ))}
      {unplaced.map((property) => (
        <Box key={property.name}>{property.content}</Box>
      ))}
    </Stack>
  );
}
