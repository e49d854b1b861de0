import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  type InfiniteData,
} from "@tanstack/react-query";
import type { PageRequest } from "../bindings";
import { fetchPage, fetchRecord, type ListQuery, type Page } from "../api/reads";
import type { PathValues } from "../catalog/paths";
import type { CatalogResource } from "../catalog/catalogIndex";
import { markListingData, markListingRequest } from "./listingTiming";
import { rateLimitDelay, retryRateLimited } from "./retry";

/** `query` pointed at another page of the same listing; `null` keeps the query's own page. */
function atPage(query: ListQuery, page: PageRequest | null): ListQuery {
  if (page === null) return query;
  if ("cursor" in page && page.cursor !== undefined) return { ...query, cursor: page.cursor };
  if ("page" in page && page.page !== undefined) return { ...query, page: page.page };
  return query;
}

/** The page the query itself asks for: where the loaded records start (the URL's page). */
function firstPageOf(resource: CatalogResource, query: ListQuery): PageRequest | null {
  if (resource.pagination === "cursor") return { cursor: query.cursor ?? "" };
  if (resource.pagination === "page") return { page: query.page ?? 1 };
  return null;
}

/**
 * How long the records of a screen no longer shown stay cached: long enough for Back to show
 * them at once, short enough that an afternoon of browsing every resource does not keep every
 * page it ever showed (TanStack Query's default is five minutes).
 */
export const LEFT_SCREEN_CACHE_MS = 60_000;

export type ListingKey = readonly ["browse", "list", string, PathValues, ListQuery];

/**
 * The records of a listing loaded so far: the query's own page first, then each page that
 * "Load more" or "Load all" appended. Refetching reloads every loaded page.
 */
export function listingQueryOptions(resource: CatalogResource, path: PathValues, query: ListQuery) {
  return infiniteQueryOptions<
    Page,
    Error,
    InfiniteData<Page, PageRequest | null>,
    ListingKey,
    PageRequest | null
  >({
    queryKey: ["browse", "list", resource.key, path, query],
    queryFn: async ({ pageParam, signal }): Promise<Page> => {
      markListingRequest();
      const page = await fetchPage(resource, path, atPage(query, pageParam), signal);
      markListingData(resource.key, page.records.length);
      return page;
    },
    initialPageParam: firstPageOf(resource, query),
    getNextPageParam: (lastPage: Page): PageRequest | null | undefined =>
      lastPage.next ?? undefined,
    // The previous listing stays on screen while the next one loads: no flash of skeletons.
    placeholderData: keepPreviousData,
    gcTime: LEFT_SCREEN_CACHE_MS,
    retry: retryRateLimited,
    retryDelay: rateLimitDelay,
  });
}

/** A loaded listing cut back to its first page: what a listing the operator left keeps. */
export function firstPageOnly<T extends { pages: unknown[]; pageParams: unknown[] }>(
  data: T | undefined,
): T | undefined {
  if (data === undefined || data.pages.length <= 1) return data;
  return { ...data, pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) };
}

export function recordQueryOptions(resource: CatalogResource, path: PathValues) {
  return queryOptions({
    queryKey: ["browse", "record", resource.key, path],
    queryFn: ({ signal }) => fetchRecord(resource, path, signal),
    gcTime: LEFT_SCREEN_CACHE_MS,
    retry: retryRateLimited,
    retryDelay: rateLimitDelay,
  });
}
