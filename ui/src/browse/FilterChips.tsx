import { Button, Group, Pill } from "@mantine/core";
import type { CatalogResource } from "../generated/catalog";
import { fieldLabel } from "../format/labels";
import { describeFilter } from "./filters";
import type { ListSearch } from "./listSearch";

interface FilterChipsProps {
  resource: CatalogResource;
  search: ListSearch;
  onRemove: (name: string) => void;
  onClear: () => void;
}

/** The active filters as removable chips, and one button to clear them all. */
export function FilterChips({ resource, search, onRemove, onClear }: FilterChipsProps) {
  const active = Object.entries(search.filter ?? {});
  if (active.length === 0) return null;
  return (
    <Group gap="xs" data-testid="filter-chips">
      {active.map(([name, value]) => (
        <Pill
          key={name}
          data-testid={`filter-chip-${name}`}
          withRemoveButton
          onRemove={() => onRemove(name)}
          removeButtonProps={{
            "aria-label": `Remove filter ${fieldLabel(name)}`,
            // @ts-expect-error data attributes pass through to the button
            "data-testid": `filter-chip-remove-${name}`,
          }}
        >
          {describeFilter(resource, name, value)}
        </Pill>
      ))}
      <Button data-testid="filter-clear" size="compact-xs" variant="subtle" onClick={onClear}>
        Clear filters
      </Button>
    </Group>
  );
}
