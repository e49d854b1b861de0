// A record's fields on its detail screen, grouped by meaning in order of importance (identity,
// status, location and hardware, billing, dates), rarely needed ones under a collapsed "More
// details". Simple values sit in a grid; nested objects and arrays below them as tables.
import { Button, Collapse, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import type { Value } from "../bindings";
import type { CatalogReference } from "../generated/catalog";
import type { CatalogResource } from "../catalog/catalogIndex";
import { detailLayout } from "../catalog/detailLayout";
import { nestedPlace, referenceLinks } from "../catalog/referenceLinks";
import type { ApiRecord } from "../catalog/records";
import { formatterFor, type FieldShape } from "../format/format";
import { fieldLabel, referenceFieldLabel } from "../format/labels";
import { FormattedValue, RecordLinks } from "./FormattedValue";
import { NestedValue } from "./NestedValue";

interface FieldsProps {
  resource: CatalogResource;
  record: ApiRecord;
  /** The record's own address: its parents' ids and its id, by path parameter. */
  childPath: Record<string, string>;
}

export function DetailFields({ resource, record, childPath }: FieldsProps) {
  const layout = detailLayout(resource, Object.keys(record));
  const [moreOpen, more] = useDisclosure(false);
  return (
    <Stack gap="md">
      {layout.groups.map((group) => (
        <Paper
          key={group.group}
          withBorder
          p="sm"
          component="section"
          aria-labelledby={`detail-group-${group.group}`}
          data-testid={`detail-group-${group.group}`}
        >
          <Title order={3} size="h5" mb="xs" id={`detail-group-${group.group}`}>
            {group.title}
          </Title>
          <FieldList
            resource={resource}
            record={record}
            childPath={childPath}
            names={group.fields}
          />
        </Paper>
      ))}
      {layout.more.length > 0 && (
        <Stack gap="xs">
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={more.toggle}
              aria-expanded={moreOpen}
              aria-controls="detail-more-fields"
              leftSection={
                moreOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />
              }
              data-testid="detail-more-toggle"
            >
              More details ({layout.more.length})
            </Button>
          </div>
          <Collapse
            expanded={moreOpen}
            keepMountedMode="display-none"
            id="detail-more-fields"
            data-testid="detail-more"
          >
            <Paper withBorder p="sm">
              <FieldList
                resource={resource}
                record={record}
                childPath={childPath}
                names={layout.more}
              />
            </Paper>
          </Collapse>
        </Stack>
      )}
    </Stack>
  );
}

function isSimple(value: Value | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    typeof value !== "object" ||
    (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null))
  );
}

/** Some of the record's fields: simple values in a grid, then each nested object and array. */
function FieldList({ resource, record, childPath, names }: FieldsProps & { names: string[] }) {
  const columns = new Map(resource.columns.map((column) => [column.name, column]));
  const references = new Map(resource.references.map((reference) => [reference.field, reference]));
  const simple = names.filter((name) => isSimple(record[name]));
  const nested = names.filter((name) => !isSimple(record[name]));
  return (
    <Stack gap="sm">
      {simple.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          {simple.map((name) => (
            <Stack key={name} gap={0} data-testid={`detail-field-${name}`}>
              <Text size="xs" c="dimmed">
                {/* A single reference reads as the record it names ("Location"), not its id. */}
                {references.get(name)?.many === false
                  ? referenceFieldLabel(name)
                  : fieldLabel(name)}
              </Text>
              <FieldValue
                field={columns.get(name) ?? { name }}
                value={record[name] ?? null}
                record={record}
                reference={references.get(name)}
              />
            </Stack>
          ))}
        </SimpleGrid>
      )}
      {nested.map((name) => (
        <Stack key={name} gap={4} data-testid={`detail-field-${name}`}>
          <Title order={4} size="h6">
            {fieldLabel(name)}
          </Title>
          <NestedValue
            value={record[name] ?? null}
            place={nestedPlace(resource, childPath, name)}
            label={fieldLabel(name)}
          />
        </Stack>
      ))}
    </Stack>
  );
}

function FieldValue({
  field,
  value,
  record,
  reference,
}: {
  field: FieldShape;
  value: Value;
  record: ApiRecord;
  reference: CatalogReference | undefined;
}) {
  const links = reference ? referenceLinks(reference, value, record) : null;
  if (links !== null && links.length > 0) {
    return <RecordLinks links={links} testId={`reference-${field.name}`} />;
  }
  return <FormattedValue value={formatterFor(field)(value, record)} />;
}
