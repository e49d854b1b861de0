// Arranging a listing's filters for the filter bar, and describing active ones in words.
import type { CatalogFilter, CatalogResource } from "../generated/catalog";
import { enumLabel, fieldLabel } from "../format/labels";
import { formatDateTime } from "../format/format";
import { RECENT_WINDOW_VALUE, type FilterValue } from "./listSearch";
import { RECENT_WINDOW_DAYS } from "../overlay/lists";

/** A date-time range: the `…After`/`…Before` filters that share a prefix. */
export interface RangeGroup {
  label: string;
  after: CatalogFilter | undefined;
  before: CatalogFilter | undefined;
}

export type FilterEntry =
  { kind: "single"; filter: CatalogFilter } | { kind: "range"; range: RangeGroup };

/** Pairs `createdAfter`/`createdBefore` into one range; other filters stay single. */
export function arrangeFilters(filters: readonly CatalogFilter[]): FilterEntry[] {
  const entries: FilterEntry[] = [];
  const ranges = new Map<string, RangeGroup>();
  for (const filter of filters) {
    const match = /^(.*?)(After|Before)$/.exec(filter.name);
    if (match && filter.type === "string") {
      const prefix = match[1] ?? "";
      let range = ranges.get(prefix);
      if (range === undefined) {
        range = { label: fieldLabel(prefix || "date"), after: undefined, before: undefined };
        ranges.set(prefix, range);
        entries.push({ kind: "range", range });
      }
      if (match[2] === "After") range.after = filter;
      else range.before = filter;
    } else {
      entries.push({ kind: "single", filter });
    }
  }
  return entries;
}

/** Yes/no filters, also those the spec types as strings spelled "true"/"false". */
export function isBooleanFilter(filter: CatalogFilter): boolean {
  return filter.type === "boolean" || filter.format === "boolean";
}

/** Number filters, also those the spec types as strings holding a number: whole or decimal. */
export function numberFilterKind(filter: CatalogFilter): "integer" | "decimal" | null {
  if (filter.type === "integer" || filter.format === "integer") return "integer";
  if (filter.type === "number" || filter.format === "number") return "decimal";
  return null;
}

/** "Status: Available" for one active filter, in the words of the filter bar. */
export function describeFilter(
  resource: CatalogResource,
  name: string,
  value: FilterValue,
): string {
  const filter = resource.filters.find((candidate) => candidate.name === name);
  if (value === RECENT_WINDOW_VALUE) {
    // "Started in the last 7 days": the window a time-based listing opens on.
    const stem = name.replace(/(After|From)$/, "");
    return `${fieldLabel(stem)} in the last ${RECENT_WINDOW_DAYS} days`;
  }
  const show = (item: string) => {
    if (filter?.format === "date-time") return formatDateTime(item);
    if (filter !== undefined && isBooleanFilter(filter)) return item === "true" ? "Yes" : "No";
    if (filter && filter.enumValues.length > 0) return enumLabel(item);
    return item;
  };
  const values = Array.isArray(value) ? value.map(show).join(", ") : show(value);
  return `${fieldLabel(name)}: ${values}`;
}
