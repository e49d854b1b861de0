// The head of a detail screen: what the record is (its name), whether it works (its status
// badges), where it belongs (location › charge point › EVSE › connector) and the few facts and
// actions that matter most, before any field list.
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import type { Value } from "../bindings";
import { findResource, singularLabel, type CatalogResource } from "../catalog/catalogIndex";
import { badgeFieldsOf, durationSeconds, keyFactsOf, type KeyFact } from "../catalog/detailLayout";
import { referenceLinks } from "../catalog/referenceLinks";
import type { ApiRecord } from "../catalog/records";
import { formatDuration, formatterFor } from "../format/format";
import { enumLabel, fieldLabel } from "../format/labels";
import { statusColor } from "../overlay/statusColors";
import { FormattedValue, RecordLinks } from "./FormattedValue";
import { PlaceTrail } from "./PlaceTrail";

interface DetailSummaryProps {
  resource: CatalogResource;
  record: ApiRecord;
  parentPath: Record<string, string>;
  /** The title row: back link, name, copy and refresh controls. */
  heading: ReactNode;
  /** The record's main actions (edit, actions menu, delete, nested actions). */
  actions: ReactNode;
}

export function DetailSummary({
  resource,
  record,
  parentPath,
  heading,
  actions,
}: DetailSummaryProps) {
  const fields = Object.keys(record);
  const badges = badgeFieldsOf(resource, fields).filter(
    (field) => typeof record[field] === "string" && record[field] !== "",
  );
  const facts = keyFactsOf(resource, fields);
  return (
    <Paper withBorder p="md" radius="md" data-testid="detail-summary">
      <Stack gap="sm">
        {heading}
        {badges.length > 0 && (
          <Group gap="xs" data-testid="detail-summary-badges">
            {badges.map((field) => {
              const value = record[field] as string;
              return (
                <Badge
                  key={field}
                  size="lg"
                  variant="light"
                  tt="none"
                  radius="sm"
                  color={statusColor(value)}
                  data-testid={`summary-badge-${field}`}
                >
                  {/* The words carry the meaning; the colour only repeats it. */}
                  {fieldLabel(field)}: {enumLabel(value)}
                </Badge>
              );
            })}
          </Group>
        )}
        <PlaceTrail resourceKey={resource.key} record={record} parentPath={parentPath} />
        {facts.length > 0 && (
          <SimpleGrid
            cols={{ base: 2, sm: 3, lg: Math.min(facts.length, 5) }}
            spacing="md"
            verticalSpacing="xs"
            data-testid="detail-facts"
          >
            {facts.map((fact) => (
              <Fact key={factKey(fact)} resource={resource} record={record} fact={fact} />
            ))}
          </SimpleGrid>
        )}
        {actions}
      </Stack>
    </Paper>
  );
}

function factKey(fact: KeyFact): string {
  return typeof fact === "string" ? fact : `duration-${fact.duration.join("-")}`;
}

/** A fact's label: a reference reads as what it points at ("User"), a field by its name. */
function factLabel(resource: CatalogResource, fact: KeyFact): string {
  if (typeof fact !== "string") return "Duration";
  const reference = resource.references.find((candidate) => candidate.field === fact);
  const target = reference !== undefined ? findResource(reference.resource) : undefined;
  if (target !== undefined && !reference?.many) {
    const noun = singularLabel(target);
    return noun.charAt(0).toUpperCase() + noun.slice(1);
  }
  return fieldLabel(fact);
}

function Fact({
  resource,
  record,
  fact,
}: {
  resource: CatalogResource;
  record: ApiRecord;
  fact: KeyFact;
}) {
  const label = factLabel(resource, fact);
  return (
    <Stack gap={0} data-testid={`detail-fact-${factKey(fact)}`}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <FactValue resource={resource} record={record} fact={fact} />
    </Stack>
  );
}

function FactValue({
  resource,
  record,
  fact,
}: {
  resource: CatalogResource;
  record: ApiRecord;
  fact: KeyFact;
}) {
  // The moment the screen showed the record: a running session's duration so far.
  const [now] = useState(Date.now);
  if (typeof fact !== "string") {
    const [from, to] = fact.duration;
    const seconds = durationSeconds(record, from, to, now);
    const running = record[to] === null || record[to] === undefined || record[to] === "";
    return (
      <Text size="sm" fw={500}>
        {seconds === null ? "—" : `${formatDuration(seconds)}${running ? " so far" : ""}`}
      </Text>
    );
  }
  const value: Value = record[fact] ?? null;
  const reference = resource.references.find((candidate) => candidate.field === fact);
  const links = reference !== undefined ? referenceLinks(reference, value, record) : null;
  if (links !== null && links.length > 0) {
    return <RecordLinks links={links} testId={`fact-link-${fact}`} />;
  }
  const column = resource.columns.find((candidate) => candidate.name === fact) ?? { name: fact };
  return <FormattedValue value={formatterFor(column)(value, record)} />;
}
