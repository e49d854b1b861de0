// What a saved view holds, and how it turns back into a list screen: the list's search params
// (filters, included relations, parent ids, page size) and its column layout (which columns, in
// what order, how wide).
import type { Value } from "../bindings";
import type { SavedView, ViewListing, ViewState } from "../api/savedViews";
import { findResource, listOperationOf, pathValue } from "../catalog/catalogIndex";
import { filtersToApi, type FilterValue } from "../catalog/filterValues";

/** The part of a list screen's search params a view keeps; the list's `ListSearch` fits it. */
export interface ListSetup {
  filter?: Record<string, FilterValue>;
  include?: string[];
  perPage?: number;
  path?: Record<string, string>;
  view?: number;
}

/** The column layout of a list screen: `null` columns are the resource's defaults. */
export interface ColumnLayout {
  columns: string[] | null;
  widths: Record<string, number>;
}

/** A view of the list screen as it is now. Paging is left out: a view opens on its first page. */
export function viewStateOf(
  resourceKey: string,
  search: ListSetup,
  layout: ColumnLayout,
): ViewState {
  const widths: Record<string, number> = {};
  for (const [name, width] of Object.entries(layout.widths)) {
    if (Number.isFinite(width) && width > 0) widths[name] = Math.round(width);
  }
  return {
    resource: resourceKey,
    filter: search.filter ?? {},
    include: search.include ?? [],
    path: search.path ?? {},
    columns: layout.columns,
    columnWidths: widths,
    perPage: search.perPage ?? null,
  };
}

/** The search params that show what `view` lists, naming the view. */
export function searchOfView(view: SavedView): ListSetup {
  const { state } = view;
  const search: ListSetup = { view: view.id };
  if (Object.keys(state.filter).length > 0) search.filter = state.filter;
  if (state.include.length > 0) search.include = state.include;
  if (Object.keys(state.path).length > 0) search.path = state.path;
  if (state.perPage !== null) search.perPage = state.perPage;
  return search;
}

/** The column layout `view` restores. */
export function layoutOfView(view: SavedView): ColumnLayout {
  return { columns: view.state.columns, widths: view.state.columnWidths };
}

/** Whether the list screen shows something else than the view saved. */
export function differsFromView(view: SavedView, now: ViewState): boolean {
  return JSON.stringify(canonical(view.state)) !== JSON.stringify(canonical(now));
}

function canonical(state: ViewState): unknown {
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    ...state,
    filter: sorted(state.filter),
    path: sorted(state.path),
    columnWidths: sorted(state.columnWidths),
  };
}

/** The listing a view's Home tile counts, or null when its resource is gone from the catalog. */
export function listingOfView(view: SavedView): ViewListing | null {
  const resource = findResource(view.state.resource);
  const operation = resource ? listOperationOf(resource) : null;
  if (resource === undefined || operation === null) return null;
  const path: Record<string, Value> = {};
  for (const [name, value] of Object.entries(view.state.path)) path[name] = pathValue(value);
  return { operation, path, filter: filtersToApi(resource, view.state.filter) };
}
