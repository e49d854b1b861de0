// The list screen's URL state: everything that decides which records are shown lives in the
// search params, so back/forward, reloads and deep links show the same listing.
import type { Value } from "../bindings";
import type { CatalogResource } from "../generated/catalog";
import type { ListQuery } from "../api/reads";
import type { PathValues } from "../catalog/paths";
import { parentParams, pathValue } from "../catalog/catalogIndex";
import {
  RECENT_WINDOW_VALUE,
  filterToApi,
  filtersToApi,
  recentWindowStart,
  type FilterValue,
} from "../catalog/filterValues";

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type { FilterValue };

export interface ListSearch {
  /** Filter values as typed by the operator; converted to API types when sent. */
  filter?: Record<string, FilterValue>;
  include?: string[];
  /** Cursor pagination: the cursors of the pages walked so far, the current one last. */
  cursors?: string[];
  /** Page pagination: the current page, from 1. */
  page?: number;
  perPage?: number;
  /** Parent record ids of a nested listing, by path parameter (`chargePoint`). */
  path?: Record<string, string>;
  /** "off": the operator removed the recent window, so the listing opens on every record. */
  recent?: "off";
  /** The saved view this list was opened from, by id: "Save changes to view" updates it. */
  view?: number;
}

function isStringRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.filter((item): item is string | number =>
    ["string", "number"].includes(typeof item),
  );
  return list.length > 0 ? list.map(String) : undefined;
}

/** Keeps only what the list screen understands; anything else in a hand-edited URL is dropped. */
export function validateListSearch(raw: Record<string, unknown>): ListSearch {
  const search: ListSearch = {};
  if (isStringRecord(raw.filter)) {
    const filter: Record<string, FilterValue> = {};
    for (const [name, value] of Object.entries(raw.filter)) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        if (String(value) !== "") filter[name] = String(value);
      } else {
        const list = stringList(value);
        if (list !== undefined) filter[name] = list;
      }
    }
    if (Object.keys(filter).length > 0) search.filter = filter;
  }
  const include = stringList(raw.include);
  if (include !== undefined) search.include = include;
  const cursors = stringList(raw.cursors);
  if (cursors !== undefined) search.cursors = cursors;
  const page = Number(raw.page);
  if (Number.isInteger(page) && page > 1) search.page = page;
  const perPage = Number(raw.perPage);
  if (Number.isInteger(perPage) && perPage > 0) search.perPage = Math.min(perPage, MAX_PAGE_SIZE);
  if (isStringRecord(raw.path)) {
    const path: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw.path)) {
      if (typeof value === "string" || typeof value === "number") path[name] = String(value);
    }
    if (Object.keys(path).length > 0) search.path = path;
  }
  if (raw.recent === "off") search.recent = "off";
  const view = Number(raw.view);
  if (Number.isInteger(view) && view > 0) search.view = view;
  return search;
}

export { RECENT_WINDOW_VALUE, filterToApi, recentWindowStart };

/** The filters of the search that the listing knows, in API types. */
export function apiFilters(resource: CatalogResource, search: ListSearch): Record<string, Value> {
  return filtersToApi(resource, search.filter);
}

export function pageSizeOf(search: ListSearch): number {
  return search.perPage ?? DEFAULT_PAGE_SIZE;
}

/**
 * The query of the page the search points at, or of the first page when `fromStart`
 * (export walks every page from there).
 */
export function listQuery(
  resource: CatalogResource,
  search: ListSearch,
  fromStart = false,
): ListQuery {
  const query: ListQuery = {
    filter: apiFilters(resource, search),
    include: (search.include ?? []).filter((name) => resource.includes.includes(name)),
  };
  if (resource.pagination === "cursor") {
    // An empty cursor asks for cursor pagination from the first record.
    query.cursor = fromStart ? "" : (search.cursors?.at(-1) ?? "");
    query.perPage = pageSizeOf(search);
  } else if (resource.pagination === "page") {
    query.page = fromStart ? 1 : (search.page ?? 1);
    query.perPage = pageSizeOf(search);
  }
  return query;
}

/** The parent ids the address lacks for a nested resource's screen, by path parameter. */
export function missingParentParams(resource: CatalogResource, search: ListSearch): string[] {
  return parentParams(resource).filter((name) => search.path?.[name] === undefined);
}

/** Parent ids as the API's path values (numbers where they are numbers). */
export function pathValues(path: Record<string, string> | undefined): PathValues {
  const values: PathValues = {};
  for (const [name, value] of Object.entries(path ?? {})) values[name] = pathValue(value);
  return values;
}

/**
 * The search with `changes` applied, back on the first page: the cursors and page number of
 * a listing belong to its filters, includes and page size, so any change of those drops them.
 */
export function fromFirstPage(search: ListSearch, changes: Partial<ListSearch>): ListSearch {
  return { ...search, ...changes, cursors: undefined, page: undefined };
}

/** Filter changes start again from the first page: old cursors belong to the old filters. */
export function withFilter(
  search: ListSearch,
  name: string,
  value: FilterValue | undefined,
): ListSearch {
  const filter = { ...search.filter };
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    delete filter[name];
  } else {
    filter[name] = value;
  }
  const next = fromFirstPage(search, { filter });
  if (Object.keys(filter).length === 0) next.filter = undefined;
  return next;
}

export function activeFilterCount(search: ListSearch): number {
  return Object.keys(search.filter ?? {}).length;
}
