// The pages of a listing the table is handed. Normally every page as it arrives; while "Load
// all" runs, in batches: each hand-over makes the table rebuild its row model over every
// loaded record (and sort them), so handing over each of a thousand pages would cost the
// window time proportional to the square of the records and leave Load all far behind the
// tenant. A batch goes over at most every `batchIntervalMs(records)`, and whatever arrived
// goes over at once when Load all stops.
import { useEffect, useRef, useState } from "react";
import type { Value } from "../bindings";

interface PageOfRecords {
  records: readonly Value[];
}

/** The shortest wait between two batches, in milliseconds. */
export const MIN_BATCH_INTERVAL_MS = 400;
/**
 * Milliseconds of wait per record already shown: the rebuild grows with the records, so the
 * batches space out as they grow and the rebuilds stay a small share of Load all's time.
 */
export const BATCH_INTERVAL_MS_PER_RECORD = 0.02;

export function batchIntervalMs(records: number): number {
  return Math.max(MIN_BATCH_INTERVAL_MS, records * BATCH_INTERVAL_MS_PER_RECORD);
}

export function countRecords(pages: readonly PageOfRecords[] | undefined): number {
  return pages?.reduce((sum, page) => sum + page.records.length, 0) ?? 0;
}

/** `pages` as the table should see them: as they come, or in batches while `batching`. */
export function useShownPages<T extends PageOfRecords>(
  pages: readonly T[] | undefined,
  batching: boolean,
): readonly T[] | undefined {
  const [published, setPublished] = useState<readonly T[] | undefined>(undefined);
  // The batches start from what is on screen when Load all starts, and end with it.
  if (batching && published === undefined && pages !== undefined) setPublished(pages);
  if (!batching && published !== undefined) setPublished(undefined);
  const latest = useRef(pages);
  const lastPublished = useRef<number | null>(null);
  useEffect(() => {
    latest.current = pages;
  }, [pages]);

  useEffect(() => {
    if (!batching) {
      lastPublished.current = null;
      return;
    }
    const now = performance.now();
    lastPublished.current ??= now;
    if (published === undefined || pages === published) return;
    const wait = batchIntervalMs(countRecords(published)) - (now - lastPublished.current);
    const timer = setTimeout(
      () => {
        lastPublished.current = performance.now();
        setPublished(latest.current);
      },
      Math.max(0, wait),
    );
    return () => clearTimeout(timer);
  }, [pages, batching, published]);

  return batching && published !== undefined ? published : pages;
}
