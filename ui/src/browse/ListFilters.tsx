// A listing's filters: the fold-out filter bar and the chips of the filters in force.
// Long filter bars start folded so the records stay in view; active filters show as chips.
import { Button } from "@mantine/core";
import { IconFilter } from "@tabler/icons-react";
import { useState } from "react";
import type { CatalogResource } from "../catalog/catalogIndex";
import { FilterBar } from "./FilterBar";
import { FilterChips } from "./FilterChips";
import { activeFilterCount, fromFirstPage, withFilter, type ListSearch } from "./listSearch";

/** Listings with more filters than this open with the filter bar folded. */
const FOLDED_FILTER_COUNT = 8;

interface ListFiltersProps {
  resource: CatalogResource;
  search: ListSearch;
  onSearchChange: (search: ListSearch) => void;
}

export function ListFilters({ resource, search, onSearchChange }: ListFiltersProps) {
  const [filtersOpen, setFiltersOpen] = useState(resource.filters.length <= FOLDED_FILTER_COUNT);
  const filterable = resource.filters.length > 0 || resource.includes.length > 0;
  const setFilter = (name: string, value: Parameters<typeof withFilter>[2]) =>
    onSearchChange(withFilter(search, name, value));
  return (
    <>
      {filterable && (
        <Button
          data-testid="filter-toggle"
          size="compact-sm"
          variant="subtle"
          leftSection={<IconFilter size={16} />}
          aria-expanded={filtersOpen}
          onClick={() => setFiltersOpen((open) => !open)}
          style={{ alignSelf: "flex-start" }}
        >
          {filtersOpen ? "Hide filters" : "Filters"}
          {activeFilterCount(search) > 0 ? ` (${activeFilterCount(search)} active)` : ""}
        </Button>
      )}
      {filtersOpen && (
        <FilterBar
          resource={resource}
          search={search}
          onFilterChange={setFilter}
          onIncludeChange={(include) =>
            onSearchChange(
              fromFirstPage(search, { include: include.length > 0 ? include : undefined }),
            )
          }
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
