// A listing's loaded records across pages: the page the URL points at, plus every page "Load
// more" and "Load all" appended. Leaving the listing (other filters, page size, page, screen)
// cuts its cached copy back to the first page, so returning shows one page again and a refresh
// never reloads hundreds of pages nobody looks at.
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Value } from "../bindings";
import type { ListQuery } from "../api/reads";
import type { PathValues } from "../catalog/paths";
import { AUTO_REFRESH_MAX_PAGES, LOAD_ALL_MAX_RECORDS } from "../overlay/records";
import type { CatalogResource } from "../catalog/catalogIndex";
import { afterNextPaint } from "./listingTiming";
import { firstPageOnly, listingQueryOptions } from "./queries";
import { useShownPages } from "./shownPages";

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
  const listing = useInfiniteQuery({
    ...options,
    enabled,
    refetchInterval: (current) =>
      (current.state.data?.pages.length ?? 0) > AUTO_REFRESH_MAX_PAGES ? false : refetchInterval,
  });
  const loadAll = useLoadAll(listing.fetchNextPage, keyText);
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

  const stopLoadAll = loadAll.stop;
  const stop = useCallback(() => {
    stopLoadAll();
    // The page in flight is dropped; the pages loaded so far stay.
    void queryClient.cancelQueries({
      queryKey: JSON.parse(keyText) as typeof queryKey,
      exact: true,
    });
  }, [stopLoadAll, queryClient, keyText]);

  return {
    listing,
    queryKey,
    records,
    pagesLoaded,
    loadMore: () => void listing.fetchNextPage(),
    loadAll: {
      running: loadAll.running,
      start: loadAll.start,
      stop,
      /** Set when "Load all" stopped at LOAD_ALL_MAX_RECORDS with more pages left. */
      limitReached: loadAll.limitReached && listing.hasNextPage,
      limit: LOAD_ALL_MAX_RECORDS,
    },
  };
}

interface NextPageResult {
  hasNextPage: boolean;
  isError: boolean;
  data?: { pages: readonly { records: readonly Value[] }[] };
}

const loadedCount = (result: NextPageResult) =>
  result.data?.pages.reduce((sum, page) => sum + page.records.length, 0) ?? 0;

/**
 * Fetches the next page until there is none, one page at a time: each waits for the one before
 * it, and a rate-limited page waits for the tenant's hint (the query's retry). Stops on an
 * error, on `stop`, at LOAD_ALL_MAX_RECORDS, and when `listingKey` changes or the screen closes.
 */
function useLoadAll(fetchNextPage: () => Promise<NextPageResult>, listingKey: string) {
  const [running, setRunning] = useState(false);
  const [limitReached, setLimitReached] = useState(false);
  const current = useRef<{ stopped: boolean } | null>(null);

  const stop = useCallback(() => {
    if (current.current) current.current.stopped = true;
    current.current = null;
    setRunning(false);
  }, []);
  useEffect(
    () => () => {
      stop();
      setLimitReached(false);
    },
    [listingKey, stop],
  );

  const start = useCallback(async () => {
    stop();
    const walk = { stopped: false };
    current.current = walk;
    setRunning(true);
    setLimitReached(false);
    try {
      for (;;) {
        const result = await fetchNextPage();
        if (walk.stopped || result.isError || !result.hasNextPage) break;
        if (loadedCount(result) >= LOAD_ALL_MAX_RECORDS) {
          setLimitReached(true);
          break;
        }
      }
    } finally {
      if (current.current === walk) {
        current.current = null;
        setRunning(false);
      }
    }
  }, [fetchNextPage, stop]);

  return { running, limitReached, start: () => void start(), stop };
}
