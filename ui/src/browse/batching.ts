// How often the records Load all brings reach the table. Each hand-over makes the table sort
// every loaded record again (and leaves the garbage of the last sort behind), so handing over
// each of a thousand pages would cost the window time proportional to the square of the
// records, hold Load all far behind the tenant and grow the window's memory. A batch goes
// over once the records shown have doubled, or at most every `batchIntervalMs(records)`, and
// whatever arrived goes over at once when Load all stops: a handful of sorts in all.
import type { Value } from "../bindings";

interface PageOfRecords {
  records: readonly Value[];
}

/** The shortest wait between two batches, in milliseconds. */
export const MIN_BATCH_INTERVAL_MS = 400;
/**
 * Milliseconds of wait per record already shown: the sort grows with the records, so the
 * batches space out as they grow and the sorts stay a small share of Load all's time.
 */
export const BATCH_INTERVAL_MS_PER_RECORD = 0.1;

export function batchIntervalMs(records: number): number {
  return Math.max(MIN_BATCH_INTERVAL_MS, records * BATCH_INTERVAL_MS_PER_RECORD);
}

/**
 * How long the records that arrived (`arrived` in all) wait before going to the table, which
 * shows `shown` of them and was last handed a batch `sinceLastMs` ago, while Load all runs.
 */
export function batchWaitMs(shown: number, arrived: number, sinceLastMs: number): number {
  if (shown === 0 || arrived >= 2 * shown) return 0;
  return Math.max(0, batchIntervalMs(shown) - sinceLastMs);
}

export function countRecords(pages: readonly PageOfRecords[] | undefined): number {
  return pages?.reduce((sum, page) => sum + page.records.length, 0) ?? 0;
}
