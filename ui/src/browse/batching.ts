// How often the records Load all brings reach the table. Each hand-over makes the table sort
// every loaded record again, so handing over each of a thousand pages would cost the window
// time proportional to the square of the records and leave Load all far behind the tenant. A
// batch goes over at most every `batchIntervalMs(records)`, and whatever arrived goes over at
// once when Load all stops.
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
export const BATCH_INTERVAL_MS_PER_RECORD = 0.02;

export function batchIntervalMs(records: number): number {
  return Math.max(MIN_BATCH_INTERVAL_MS, records * BATCH_INTERVAL_MS_PER_RECORD);
}

export function countRecords(pages: readonly PageOfRecords[] | undefined): number {
  return pages?.reduce((sum, page) => sum + page.records.length, 0) ?? 0;
}
