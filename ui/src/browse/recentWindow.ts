// Time-based listings open on the recent past: a plain visit to the sessions list filters on
// the last days (a chip the operator can remove) and sorts the loaded records newest first.
import type { SortingState } from "@tanstack/react-table";
import type { CatalogResource } from "../generated/catalog";
import { RECENT_FIRST } from "../overlay/lists";
import { RECENT_WINDOW_VALUE, type ListSearch } from "./listSearch";

/** The date filter the listing's recent window sets, where the listing has one. */
export function recentWindowFilter(resource: CatalogResource): string | null {
  const name = RECENT_FIRST[resource.key]?.windowFilter;
  return name !== undefined && resource.filters.some((filter) => filter.name === name)
    ? name
    : null;
}

/**
 * The search the listing shows: as given, or, for a visit with no filter that has not turned
 * the window off, with the recent window set. Links that carry filters (Home's "payment
 * failed") show all the records they count.
 */
export function withRecentWindow(resource: CatalogResource, search: ListSearch): ListSearch {
  const name = recentWindowFilter(resource);
  if (name === null || search.filter !== undefined || search.recent === "off") return search;
  return { ...search, filter: { [name]: RECENT_WINDOW_VALUE } };
}

/**
 * A change of filters on the list screen: once they are all gone the operator has chosen
 * every record, so the window does not come back.
 */
export function keepingWindowChoice(resource: CatalogResource, next: ListSearch): ListSearch {
  if (recentWindowFilter(resource) === null) return next;
  return next.filter === undefined ? { ...next, recent: "off" } : { ...next, recent: undefined };
}

/** Newest first by the listing's time field, when that column is on screen. */
export function newestFirst(
  resource: CatalogResource,
  shownColumns: readonly string[],
): SortingState {
  const field = RECENT_FIRST[resource.key]?.sortField;
  return field !== undefined && shownColumns.includes(field) ? [{ id: field, desc: true }] : [];
}
