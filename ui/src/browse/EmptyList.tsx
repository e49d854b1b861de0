// What a listing shows with no records: that none match the filters (and a way to clear
// them), or that there are none yet.
import { Button, Paper, Stack, Text } from "@mantine/core";
import { resourceLabel, type CatalogResource } from "../catalog/catalogIndex";
import { describeFilter } from "./filters";
import type { ListSearch } from "./listSearch";

export function EmptyList({
  resource,
  search,
  onClear,
}: {
  resource: CatalogResource;
  search: ListSearch;
  onClear: () => void;
}) {
  const active = Object.entries(search.filter ?? {});
  const label = resourceLabel(resource).toLowerCase();
  return (
    <Paper withBorder p="lg" data-testid="list-empty">
      <Stack gap="xs" align="flex-start">
        {active.length > 0 ? (
          <>
            <Text size="sm">
              No {label} match these filters:{" "}
              {active.map(([name, value]) => describeFilter(resource, name, value)).join("; ")}.
            </Text>
            <Button size="xs" variant="default" onClick={onClear}>
              Clear filters
            </Button>
          </>
        ) : (
          <Text size="sm">There are no {label} here yet.</Text>
        )}
      </Stack>
    </Paper>
  );
}
