// A listing's loaded records across pages: the page the URL points at, plus every page "Load
// more" appended, held in the window; and the records "Load all" brought, kept on the Rust side
// (keptCopies.ts shows them). Leaving the listing (other filters, page size, page, screen) cuts
// its cached copy back to the first page and forgets what Load all kept, so returning shows one
// page again and a refresh never reloads hundreds of pages nobody looks at.
import { useInfiniteQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PageRequest, Value } from "../bindings";
import { forgetKept, newKeptKey } from "../api/keptRows";
import { loadAllPages, type ListQuery, type Page } from "../api/reads";
import type { PathValues } from "../catalog/paths";
import { AUTO_REFRESH_MAX_PAGES, LOAD_ALL_MAX_RECORDS } from "../overlay/records";
import type { CatalogResource } from "../catalog/catalogIndex";
import { afterNextPaint } from "./listingTiming";
import { firstPageOnly, listingQueryOptions, type ListingKey } from "./queries";
import { countRecords } from "./batching";

interface LoadedListingOptions {
  enabled: boolean;
  /** Milliseconds between automatic refreshes, or false; paused past AUTO_REFRESH_MAX_PAGES. */
  refetchInterval: number | false;
}

/** The records Load all kept on the Rust side for this listing, after the pages held here. */
export interface KeptRows {
  key: string;
  count: number;
  pages: number;
  /** The page after the last one kept; null at the listing's end. */
  next: PageRequest | null;
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
  const loadAllBusy = useRef(false);
  const listing = useInfiniteQuery({
    ...options,
    enabled,
    // No refresh while Load all runs or has kept records (a refresh reloads those itself),
    // nor past AUTO_REFRESH_MAX_PAGES.
    refetchInterval: (current) =>
      loadAllBusy.current || (current.state.data?.pages.length ?? 0) > AUTO_REFRESH_MAX_PAGES
        ? false
        : refetchInterval,
  });
  const loadAll = useLoadAll(resource, path, query, keyText);
  useEffect(() => {
    loadAllBusy.current = loadAll.running || loadAll.kept !== null;
  }, [loadAll.running, loadAll.kept]);
  const pages = listing.data?.pages;
  const held: readonly Value[] = useMemo(
    () => pages?.flatMap((page) => page.records) ?? [],
    [pages],
  );
  const kept = loadAll.kept;
  const pagesLoaded = (pages?.length ?? 0) + (kept?.pages ?? 0);

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
  useEffect(() => (pages === undefined ? undefined : afterNextPaint()), [pages]);

  const refetch = listing.refetch;
  const restartLoadAll = loadAll.restart;
  /** Fetches the held pages again, and Load all's records too when it had kept some. */
  const refresh = useCallback(() => void restartLoadAll(refetch), [restartLoadAll, refetch]);

  return {
    listing,
    queryKey,
    /** The records of the pages held here (the URL's page and those Load more added). */
    held,
    kept,
    pagesLoaded,
    /** Whether pages are left after everything loaded. */
    hasNext: kept !== null ? kept.next !== null : pages?.at(-1)?.next != null,
    refresh,
    loadMore: () => (kept !== null ? loadAll.start("more") : void listing.fetchNextPage()),
    loadingMore: listing.isFetchingNextPage || (loadAll.running && loadAll.kind === "more"),
    loadAll: {
      running: loadAll.running && loadAll.kind === "all",
      start: () => loadAll.start("all"),
      // The walk ends once the pages in flight are kept; the records loaded so far stay.
      stop: loadAll.stop,
      /** Why the last Load all stopped early; the records loaded before it stay. */
      error: loadAll.error,
      /** Set when "Load all" stopped at LOAD_ALL_MAX_RECORDS with more pages left. */
      limitReached: loadAll.limitReached && kept?.next != null,
      limit: LOAD_ALL_MAX_RECORDS,
    },
  };
}

type ListingData = InfiniteData<Page, PageRequest | null>;
type WalkKind = "all" | "more";

/**
 * "Load all" (and "Load more" once Load all kept records): the Rust side walks the rest of the
 * listing at the tenant's pace and keeps its records (see `loadAllPages`). Stops on an error,
 * on `stop`, at LOAD_ALL_MAX_RECORDS, and when the listing changes or the screen closes; the
 * records that came before stay until the listing leaves the screen.
 */
function useLoadAll(
  resource: CatalogResource,
  path: PathValues,
  query: ListQuery,
  listingKey: string,
) {
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  const [kind, setKind] = useState<WalkKind>("all");
  const [limitReached, setLimitReached] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [kept, setKept] = useState<KeptRows | null>(null);
  // Read by `start` when it runs, whatever render made it.
  const keptNow = useRef<KeptRows | null>(null);
  const current = useRef<AbortController | null>(null);

  const keep = useCallback((next: KeptRows | null) => {
    keptNow.current = next;
    setKept(next);
  }, []);
  // A stopped walk runs until the Rust side has kept the pages in flight and said so, so the
  // count shown is what is kept; its end marks it stopped.
  const stop = useCallback(() => current.current?.abort(), []);
  const abandon = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setRunning(false);
  }, []);
  const forget = useCallback(() => {
    abandon();
    if (keptNow.current !== null) forgetKept(keptNow.current.key);
    keep(null);
  }, [abandon, keep]);
  useEffect(
    () => () => {
      forget();
      setLimitReached(false);
      setError(null);
    },
    [listingKey, forget],
  );

  const start = useCallback(
    async (walkKind: WalkKind) => {
      abandon();
      const listing = JSON.parse(listingKey) as ListingKey;
      const data = queryClient.getQueryData<ListingData>(listing);
      const before = keptNow.current;
      const from = before !== null ? before.next : (data?.pages.at(-1)?.next ?? null);
      if (data === undefined || from === null) return;
      const key = before?.key ?? newKeptKey();
      const loaded = countRecords(data.pages) + (before?.count ?? 0);
      const walk = new AbortController();
      current.current = walk;
      setRunning(true);
      setKind(walkKind);
      setLimitReached(false);
      setError(null);
      if (before === null) keep({ key, count: 0, pages: 0, next: from });
      try {
        const end = await loadAllPages(resource, path, {
          query,
          start: from,
          // "Load more" is a walk that stops after its first page.
          maxRecords: walkKind === "more" ? 1 : Math.max(1, LOAD_ALL_MAX_RECORDS - loaded),
          key,
          signal: walk.signal,
          onProgress: (progress) => {
            const last = keptNow.current;
            if (last?.key !== key) return;
            keep({
              key,
              count: progress.kept,
              pages: last.pages + progress.pages,
              next: progress.next,
            });
          },
        });
        if (!walk.signal.aborted && walkKind === "all") setLimitReached(end.limitReached);
      } catch (failure) {
        if (!walk.signal.aborted) setError(failure);
      } finally {
        if (current.current === walk) {
          current.current = null;
          setRunning(false);
        }
      }
    },
    [listingKey, queryClient, resource, path, query, abandon, keep],
  );

  /** Runs `refetch` (the held pages); Load all starts again afterwards if it had kept records. */
  const restart = useCallback(
    async (refetch: () => Promise<unknown>) => {
      const hadKept = keptNow.current !== null;
      forget();
      await refetch();
      if (hadKept) await start("all");
    },
    [forget, start],
  );

  return {
    running,
    kind,
    kept,
    limitReached,
    error,
    start: (walkKind: WalkKind) => void start(walkKind),
    stop,
    restart,
  };
}
