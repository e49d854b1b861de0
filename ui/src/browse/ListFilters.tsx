// A listing's filters: the few an operator uses most in one row above the table, the rest
// and the include toggles behind "More filters", and the filters in force as chips.
import { Box, Button, Group } from "@mantine/core";
import { IconAdjustmentsHorizontal } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import type { CatalogResource } from "../catalog/catalogIndex";
import { FilterBar } from "./FilterBar";
import { FilterChips } from "./FilterChips";
import { splitFilters, type FilterEntry } from "./filters";
import { fromFirstPage, withFilter, type ListSearch } from "./listSearch";

interface ListFiltersProps {
  resource: CatalogResource;
  search: ListSearch;
  onSearchChange: (search: ListSearch) => void;
}

/** How many of the filters behind "More filters" (and includes) are set. */
function setBehind(entries: readonly FilterEntry[], search: ListSearch): number {
  const active = search.filter ?? {};
  const names = entries.flatMap((entry) =>
    entry.kind === "single"
      ? [entry.filter.name]
      : [entry.range.after?.name, entry.range.before?.name],
  );
  return (
    names.filter((name) => name !== undefined && active[name] !== undefined).length +
    (search.include?.length ?? 0)
  );
}

export function ListFilters({ resource, search, onSearchChange }: ListFiltersProps) {
  const { top, more } = useMemo(() => splitFilters(resource), [resource]);
  const hasMore = more.length > 0 || resource.includes.length > 0;
  const [moreOpen, setMoreOpen] = useState(false);
  const setFilter = (name: string, value: Parameters<typeof withFilter>[2]) =>
    onSearchChange(withFilter(search, name, value));
  const setInclude = (include: string[]) =>
    onSearchChange(fromFirstPage(search, { include: include.length > 0 ? include : undefined }));
  const behind = setBehind(more, search);
  return (
    <>
      {(top.length > 0 || hasMore) && (
        <Group align="flex-end" gap="sm" wrap="nowrap">
          {top.length > 0 && (
            <Box style={{ flex: 1 }}>
              <FilterBar
                resource={resource}
                entries={top}
                withIncludes={false}
                search={search}
                onFilterChange={setFilter}
                onIncludeChange={setInclude}
              />
            </Box>
          )}
          {hasMore && (
            <Button
              data-testid="filter-toggle"
              size="xs"
              variant="subtle"
              leftSection={<IconAdjustmentsHorizontal size={16} />}
              aria-expanded={moreOpen}
              onClick={() => setMoreOpen((open) => !open)}
              style={{ flexShrink: 0 }}
            >
              {moreOpen ? "Fewer filters" : "More filters"}
              {behind > 0 ? ` (${behind} set)` : ""}
            </Button>
          )}
        </Group>
      )}
      {moreOpen && (
        <FilterBar
          resource={resource}
          entries={more}
          testId="filter-bar-more"
          search={search}
          onFilterChange={setFilter}
          onIncludeChange={setInclude}
        />
      )}
      <FilterChips
        resource={resource}
        search={search}
        onRemove={(name) => setFilter(name, undefined)}
        onClear={() => onSearchChange(fromFirstPage(search, { filter: undefined }))}
      />
    </>
  );
}
