// Filter values as a list screen holds them (text the operator typed or picked) and as the API
// takes them (numbers, booleans, arrays). Shared by the list screen and by saved views' counts.
import type { Value } from "../bindings";
import type { CatalogFilter, CatalogResource } from "../generated/catalog";
import { RECENT_WINDOW_DAYS } from "../overlay/lists";

export type FilterValue = string | string[];

/**
 * A date filter's value meaning "the last `RECENT_WINDOW_DAYS` days", kept as words in the URL
 * (and in a saved view) so it stays recent; sent as the date it means today.
 */
export const RECENT_WINDOW_VALUE = `last-${RECENT_WINDOW_DAYS}-days`;

/** Midnight, local time, at the start of the recent window (today counts as one of its days). */
export function recentWindowStart(now: Date = new Date()): Date {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - (RECENT_WINDOW_DAYS - 1));
  return start;
}

/** A filter value in the type the API takes (numbers, booleans, arrays). */
export function filterToApi(filter: CatalogFilter, value: FilterValue): Value {
  const one = (item: string): Value => {
    if (item === RECENT_WINDOW_VALUE) return recentWindowStart().toISOString();
    if (filter.type === "integer" || filter.type === "number") {
      const number = Number(item);
      return Number.isFinite(number) ? number : item;
    }
    if (filter.type === "boolean") return item === "true";
    return item;
  };
  const items = Array.isArray(value) ? value : [value];
  if (filter.isArray) return items.map(one);
  return one(items[0] ?? "");
}

/** The filters the listing knows, in API types; empty ones are left out. */
export function filtersToApi(
  resource: CatalogResource,
  values: Record<string, FilterValue> | undefined,
): Record<string, Value> {
  const filters: Record<string, Value> = {};
  for (const filter of resource.filters) {
    const value = values?.[filter.name];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    filters[filter.name] = filterToApi(filter, value);
  }
  return filters;
}
