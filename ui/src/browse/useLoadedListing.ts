// A listing's loaded records across pages: the page the URL points at, plus every page "Load
// more" and "Load all" appended. Leaving the listing (other filters, page size, page, screen)
// cuts its cached copy back to the first page, so returning shows one page again and a refresh
// never reloads hundreds of pages nobody looks at.
import { useInfiniteQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PageRequest, Value } from "../bindings";
import { loadAllPages, type ListQuery, type LoadedPage, type Page } from "../api/reads";
import type { PathValues } from "../catalog/paths";
import { AUTO_REFRESH_MAX_PAGES, LOAD_ALL_MAX_RECORDS } from "../overlay/records";
import type { CatalogResource } from "../catalog/catalogIndex";
import { afterNextPaint, markListingData } from "./listingTiming";
import { firstPageOnly, listingQueryOptions, type ListingKey } from "./queries";
import { countRecords, useShownPages } from "./shownPages";

interface LoadedListingOptions {
  enabled: boolean;
  /** Milliseconds between automatic refreshes, or false; paused past AUTO_REFRESH_MAX_PAGES. */
  refetchInterval: number | false;
}

export function useLoadedListing(
  resource: CatalogResource,
  path: PathValues,
  query: ListQuery,
  { enabled, refetchInterval }: LoadedListingOptions,
) {
  const queryClient = useQueryClient();
  const options = listingQueryOptions(resource, path, query);
  // The key as one string: effects below run once per listing, not once per render.
  const queryKey = options.queryKey;
  const keyText = JSON.stringify(queryKey);
  const loadAllRunning = useRef(false);
  const listing = useInfiniteQuery({
    ...options,
    enabled,
    // No refresh while Load all appends pages, nor past AUTO_REFRESH_MAX_PAGES.
    refetchInterval: (current) =>
      loadAllRunning.current || (current.state.data?.pages.length ?? 0) > AUTO_REFRESH_MAX_PAGES
        ? false
        : refetchInterval,
  });
  const loadAll = useLoadAll(resource, path, query, keyText);
  useEffect(() => {
    loadAllRunning.current = loadAll.running;
  }, [loadAll.running]);
  // While Load all runs the table gets the pages in batches (see shownPages.ts).
  const shownPages = useShownPages(listing.data?.pages, loadAll.running);
  const records: readonly Value[] = useMemo(
    () => shownPages?.flatMap((page) => page.records) ?? [],
    [shownPages],
  );
  const pagesLoaded = shownPages?.length ?? 0;

  useEffect(
    () => () => {
      const key = JSON.parse(keyText) as typeof queryKey;
      // A listing of one page is left alone: its first fetch may still be running.
      if ((queryClient.getQueryData(key)?.pages.length ?? 0) <= 1) return;
      void queryClient
        .cancelQueries({ queryKey: key, exact: true })
        .then(() => queryClient.setQueryData(key, firstPageOnly));
    },
    [queryClient, keyText],
  );

  // The painted mark for the data that just arrived (see listingTiming.ts).
  useEffect(() => (shownPages === undefined ? undefined : afterNextPaint()), [shownPages]);

  return {
    listing,
    queryKey,
    records,
    pagesLoaded,
    loadMore: () => void listing.fetchNextPage(),
    loadAll: {
      running: loadAll.running,
      start: loadAll.start,
      // The pages in flight are dropped; the pages loaded so far stay.
      stop: loadAll.stop,
      /** Why the last Load all stopped early; the records loaded before it stay. */
      error: loadAll.error,
      /** Set when "Load all" stopped at LOAD_ALL_MAX_RECORDS with more pages left. */
      limitReached: loadAll.limitReached && listing.hasNextPage,
      limit: LOAD_ALL_MAX_RECORDS,
    },
  };
}

type ListingData = InfiniteData<Page, PageRequest | null>;

/** `data` with the pages Load all brought appended, each with the request that fetched it. */
export function appendLoadedPages(
  data: ListingData | undefined,
  loaded: readonly LoadedPage[],
): ListingData | undefined {
  if (data === undefined || loaded.length === 0) return data;
  return {
    pages: [...data.pages, ...loaded.map((each) => each.page)],
    pageParams: [...data.pageParams, ...loaded.map((each) => each.request)],
  };
}

/**
 * "Load all": the Rust side walks the rest of the listing at the tenant's pace (see
 * `loadAllPages`) and its batches are appended to the listing's cached pages, as if each page
 * had been fetched here. Stops on an error, on `stop`, at LOAD_ALL_MAX_RECORDS, and when the
 * listing changes or the screen closes; the pages that came before stay.
 */
function useLoadAll(
  resource: CatalogResource,
  path: PathValues,
  query: ListQuery,
  listingKey: string,
) {
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  const [limitReached, setLimitReached] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const current = useRef<AbortController | null>(null);

  const stop = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setRunning(false);
  }, []);
  useEffect(
    () => () => {
      stop();
      setLimitReached(false);
      setError(null);
    },
    [listingKey, stop],
  );

  const start = useCallback(async () => {
    stop();
    const key = JSON.parse(listingKey) as ListingKey;
    const data = queryClient.getQueryData<ListingData>(key);
    const start = data?.pages.at(-1)?.next ?? null;
    if (data === undefined || start === null) return;
    const walk = new AbortController();
    current.current = walk;
    setRunning(true);
    setLimitReached(false);
    setError(null);
    try {
      const end = await loadAllPages(resource, path, {
        query,
        start,
        maxRecords: Math.max(1, LOAD_ALL_MAX_RECORDS - countRecords(data.pages)),
        signal: walk.signal,
        onPages: (loaded) => {
          markListingData(resource.key, countRecords(loaded.map((each) => each.page)));
          queryClient.setQueryData<ListingData>(key, (old) => appendLoadedPages(old, loaded));
        },
      });
      if (!walk.signal.aborted) setLimitReached(end.limitReached);
    } catch (failure) {
      if (!walk.signal.aborted) setError(failure);
    } finally {
      if (current.current === walk) {
        current.current = null;
        setRunning(false);
      }
    }
  }, [listingKey, queryClient, resource, path, query, stop]);

  return { running, limitReached, error, start: () => void start(), stop };
}
