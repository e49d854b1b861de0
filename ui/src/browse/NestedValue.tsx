// A record's nested values on the detail screen: an object as a field list, an array of objects
// as a table whose rows open their records when they are a child resource's records, and
// reference fields as links wherever the catalog agrees on what they name.
import { Box, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import type { Value } from "../bindings";
import { isRecord, type ApiRecord } from "../catalog/records";
import { fieldLabel } from "../format/labels";
import { formatterFor } from "../format/format";
import { FormattedValue, RecordLinks } from "./FormattedValue";
import {
  nestedPlace,
  nestedReference,
  referenceLinks,
  rowLink,
  rowPath,
  type NestedPlace,
} from "../catalog/referenceLinks";

/**
 * A nested object as a field list, an array of objects as a table. `place` is the child resource
 * whose records the array holds, when the catalog has one: its rows then open those records.
 */
export function NestedValue({
  value,
  place = null,
  label,
}: {
  value: Value;
  place?: NestedPlace | null;
  /** What the value is (the field's label): a table is named after it. */
  label?: string;
}) {
  if (Array.isArray(value)) {
    const rows = value.filter(isRecord);
    if (rows.length === 0)
      return <Text size="sm">{value.length === 0 ? "None" : JSON.stringify(value)}</Text>;
    const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    return (
      // A wide table scrolls sideways: it takes focus, so the keyboard can scroll it too.
      <Box style={{ overflowX: "auto" }} tabIndex={0} role="region" aria-label={label}>
        <Table striped withTableBorder fz="sm" miw={400} aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {names.map((name) => (
                <Table.Th key={name}>{fieldLabel(name)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={index}>
                {names.map((name) => (
                  <Table.Td key={name}>
                    <RowCell name={name} row={row} place={place} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    );
  }
  if (isRecord(value)) {
    if (Object.keys(value).length === 0) {
      return (
        <Text size="sm" c="dimmed" data-testid="nested-empty">
          Nothing set
        </Text>
      );
    }
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing={6}>
        {Object.entries(value).map(([name, inner]) => (
          <Stack key={name} gap={0}>
            <Text size="xs" c="dimmed">
              {fieldLabel(name)}
            </Text>
            {inner !== null &&
            typeof inner === "object" &&
            !(Array.isArray(inner) && inner.every((item) => typeof item !== "object")) ? (
              // A table inside is named by where it sits ("Prices · Energy"): unnamed, or named
              // like a sibling's, its region would not tell screen readers which one it is.
              <NestedValue
                value={inner}
                label={label === undefined ? fieldLabel(name) : `${label} · ${fieldLabel(name)}`}
              />
            ) : (
              <NestedField name={name} value={inner} record={value} />
            )}
          </Stack>
        ))}
      </SimpleGrid>
    );
  }
  return <FormattedValue value={formatterFor({ name: "value" })(value)} />;
}

/**
 * One cell of a nested table: the row's id opens the row's record, an array of the row's own
 * children (an EVSE's connectors) lists links to them, and references open what they name.
 */
function RowCell({
  name,
  row,
  place,
}: {
  name: string;
  row: ApiRecord;
  place: NestedPlace | null;
}) {
  const value = row[name];
  const link = name === "id" ? rowLink(place, row) : null;
  if (link !== null)
    return <RecordLinks links={[link]} testId={`nested-link-${link.resource.key}`} />;
  if (Array.isArray(value) && value.some(isRecord) && place !== null) {
    const childPlace = nestedPlace(place.resource, rowPath(place, row), name);
    const links = value
      .filter(isRecord)
      .map((child) => rowLink(childPlace, child))
      .filter((child) => child !== null);
    if (childPlace !== null && links.length > 0) {
      return <RecordLinks links={links} testId={`nested-link-${childPlace.resource.key}`} />;
    }
  }
  return <NestedField name={name} value={value} record={row} />;
}

/** A simple value inside a nested object or row: a link where the catalog agrees on a reference. */
function NestedField({
  name,
  value,
  record,
}: {
  name: string;
  value: Value | undefined;
  record: ApiRecord;
}) {
  const reference = nestedReference(name);
  const links = reference ? referenceLinks(reference, value, record) : null;
  if (links !== null && links.length > 0) {
    return <RecordLinks links={links} testId={`reference-${name}`} />;
  }
  return <FormattedValue value={formatterFor({ name })(value, record)} />;
}
