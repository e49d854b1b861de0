// Above a listing: its name, what is shown of it ("1–50 of 1,200"), and its tools: refresh,
// columns, changes to the collection, create and export.
import { formatCount } from "../format/format";
import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { resourceLabel, recordsNoun, type CatalogResource } from "../catalog/catalogIndex";

interface ListHeaderProps {
  resource: CatalogResource;
  /** What is shown, or null before the first page arrives. */
  shown: ListShown | null;
  /** The buttons at the right. */
  tools: ReactNode;
}

export interface ListShown {
  records: number;
  total: number | null;
  pageNumber: number;
  perPage: number;
  pagesLoaded: number;
}

export function ListHeader({ resource, shown, tools }: ListHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <Stack gap={0}>
        <Title order={2}>{resourceLabel(resource)}</Title>
        <Text
          size="sm"
          c="dimmed"
          data-testid="list-summary"
          data-total={shown?.total ?? undefined}
        >
          {shown !== null ? summary(shown, resource) : " "}
        </Text>
      </Stack>
      <Group gap="xs">{tools}</Group>
    </Group>
  );
}

function summary(
  { records: shown, total, pageNumber: page, perPage, pagesLoaded }: ListShown,
  resource: CatalogResource,
): string {
  const noun = recordsNoun(resource, shown);
  if (total !== null) {
    const first = (page - 1) * perPage + 1;
    return shown === 0
      ? `None of ${formatCount(total)}`
      : `${formatCount(first)}–${formatCount(first + shown - 1)} of ${formatCount(total)}`;
  }
  const where = pagesLoaded > 1 ? `loaded from ${pagesLoaded} pages` : "on this page";
  return `${formatCount(shown)} ${/^[A-Z]{2}/.test(noun) ? noun : noun.toLowerCase()} ${where}`;
}
