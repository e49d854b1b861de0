import { describe, expect, it } from "vitest";
import { batchIntervalMs, batchWaitMs, MIN_BATCH_INTERVAL_MS } from "./batching";

describe("batches of Load all's records", () => {
  it("go to an empty table at once, and whenever the records shown would double", () => {
    expect(batchWaitMs(0, 100, 0)).toBe(0);
    expect(batchWaitMs(1_000, 2_000, 0)).toBe(0);
    expect(batchWaitMs(1_000, 1_999, 0)).toBe(MIN_BATCH_INTERVAL_MS);
  });

  it("otherwise wait longer the more records the table sorts", () => {
    expect(batchIntervalMs(100)).toBe(MIN_BATCH_INTERVAL_MS);
    expect(batchIntervalMs(100_000)).toBeGreaterThan(batchIntervalMs(50_000));
    expect(batchWaitMs(50_000, 60_000, 1_000)).toBe(batchIntervalMs(50_000) - 1_000);
    expect(batchWaitMs(50_000, 60_000, 60_000)).toBe(0);
  });
});
