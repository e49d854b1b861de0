// Arranging a listing's filters for the filter bar, and describing active ones in words.
import type { CatalogFilter, CatalogResource } from "../generated/catalog";
import { findResource } from "../catalog/catalogIndex";
import { nestedReference } from "../catalog/referenceLinks";
import { enumLabel, fieldLabel } from "../format/labels";
import { formatDateTime } from "../format/format";
import { RECENT_WINDOW_VALUE, type FilterValue } from "./listSearch";
import { RECENT_WINDOW_DAYS, TOP_FILTER_COUNT, TOP_FILTERS } from "../overlay/lists";

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

/** The filter names an entry stands for: a range stands for both of its ends. */
function entryNames(entry: FilterEntry): string[] {
  if (entry.kind === "single") return [entry.filter.name];
  return [entry.range.after?.name, entry.range.before?.name].filter(
    (name): name is string => name !== undefined,
  );
}

/**
 * The filters an operator uses most, shown first, and the rest for "More filters". The
 * overlay names them for the core resources; elsewhere statuses and types lead, then the
 * listing's own order.
 */
export function splitFilters(resource: CatalogResource): {
  top: FilterEntry[];
  more: FilterEntry[];
} {
  const entries = arrangeFilters(resource.filters);
  const chosen = TOP_FILTERS[resource.key];
  const rank = (entry: FilterEntry): number => {
    const names = entryNames(entry);
    if (chosen !== undefined) {
      const positions = names.map((name) => chosen.indexOf(name)).filter((at) => at >= 0);
      return positions.length > 0 ? Math.min(...positions) : Number.POSITIVE_INFINITY;
    }
    return names.some((name) => /^(status|type)$|Status$/.test(name)) ? 0 : 1;
  };
  const ranked = entries
    .map((entry, index) => ({ entry, index, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const topCount =
    chosen !== undefined
      ? ranked.filter((item) => Number.isFinite(item.rank)).length
      : TOP_FILTER_COUNT;
  const top = ranked.slice(0, topCount).map((item) => item.entry);
  const more = entries.filter((entry) => !top.includes(entry));
  return { top, more };
}

/**
 * The resource whose records a filter names by id (`chargePointId` → charge points), when
 * that resource is listed on its own so its records can be searched by name.
 */
export function filterTarget(resource: CatalogResource, filter: CatalogFilter): string | null {
  if (filter.enumValues.length > 0 || !/Ids?$/.test(filter.name)) return null;
  const field = filter.name.replace(/Ids$/, "Id");
  const reference =
    resource.references.find((candidate) => candidate.field === field && !candidate.many) ??
    nestedReference(field);
  if (reference === undefined || Object.keys(reference.path).length > 0) return null;
  const target = findResource(reference.resource);
  return target !== undefined && target.operations.list !== null && target.parent === null
    ? target.key
    : null;
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
