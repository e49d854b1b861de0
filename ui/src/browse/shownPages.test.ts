import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { batchIntervalMs, MIN_BATCH_INTERVAL_MS, useShownPages } from "./shownPages";

const page = (size: number) => ({ records: Array.from({ length: size }, (_, index) => index) });

describe("useShownPages", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("hands every page over at once when Load all is not running", () => {
    const first = [page(100)];
    const { result, rerender } = renderHook(({ pages }) => useShownPages(pages, false), {
      initialProps: { pages: first },
    });
    expect(result.current).toBe(first);
    const second = [...first, page(100)];
    rerender({ pages: second });
    expect(result.current).toBe(second);
  });

  it("hands pages over in batches while Load all runs, and the rest when it stops", () => {
    let pages = [page(100)];
    const { result, rerender } = renderHook(
      ({ pages: current, batching }) => useShownPages(current, batching),
      { initialProps: { pages, batching: true } },
    );
    const startedWith = pages;
    expect(result.current).toBe(startedWith);

    // Pages arriving within the interval wait.
    pages = [...pages, page(100)];
    rerender({ pages, batching: true });
    pages = [...pages, page(100)];
    rerender({ pages, batching: true });
    expect(result.current).toBe(startedWith);

    // After the interval the newest pages go over together.
    act(() => {
      vi.advanceTimersByTime(MIN_BATCH_INTERVAL_MS);
    });
    expect(result.current).toBe(pages);

    const batched = pages;
    pages = [...pages, page(100)];
    rerender({ pages, batching: true });
    expect(result.current).toBe(batched);

    // Load all stops: whatever arrived shows at once.
    rerender({ pages, batching: false });
    expect(result.current).toBe(pages);
  });

  it("spaces the batches out as the records grow", () => {
    expect(batchIntervalMs(100)).toBe(MIN_BATCH_INTERVAL_MS);
    expect(batchIntervalMs(100_000)).toBeGreaterThan(batchIntervalMs(50_000));
  });
});
