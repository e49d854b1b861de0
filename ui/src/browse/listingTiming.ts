// User Timing marks of the list screen, always on (a mark costs microseconds), so a benchmark in
// the real window can read them with `performance.getEntriesByName(name)`:
//
// - "plugdesk:listing-request" (mark): a page of a listing is asked of the Rust side. With the
//   data mark it splits Load all's time per page into the round trip and the window's own part.
// - "plugdesk:listing-data" (mark): a page of a listing has arrived from the Rust side, as the
//   query's fetch resolves, before React has seen it (or a batch of pages from Load all, as it
//   arrives). `detail`: { resource, records }.
// - "plugdesk:listing-painted" (mark): the rows of the data that arrived have been painted: the
//   first task after the animation frame that follows React's commit.
// - "plugdesk:listing-data-to-paint" (measure): from the latest data mark to the painted mark;
//   its `duration` is the time the screen took to show what arrived.
//
// A paint is paired only with data that arrived after the previous paint, so data taken from
// the cache (no fetch) adds no measure.

export const LISTING_REQUEST_MARK = "plugdesk:listing-request";
export const LISTING_DATA_MARK = "plugdesk:listing-data";
export const LISTING_PAINTED_MARK = "plugdesk:listing-painted";
export const LISTING_DATA_TO_PAINT = "plugdesk:listing-data-to-paint";

/** Above this many measures the three names start again from empty: the window runs for days. */
const KEEP_MEASURES = 1000;

function userTiming(): Performance | undefined {
  return typeof performance !== "undefined" && typeof performance.mark === "function"
    ? performance
    : undefined;
}

export function markListingRequest(): void {
  userTiming()?.mark(LISTING_REQUEST_MARK);
}

export function markListingData(resource: string, records: number): void {
  userTiming()?.mark(LISTING_DATA_MARK, { detail: { resource, records } });
}

/** Marks the paint and measures it against the data that arrived since the last paint. */
export function markListingPainted(): void {
  const timing = userTiming();
  if (timing === undefined) return;
  const arrived = timing.getEntriesByName(LISTING_DATA_MARK, "mark").at(-1);
  const previousPaint = timing.getEntriesByName(LISTING_PAINTED_MARK, "mark").at(-1);
  const painted = timing.mark(LISTING_PAINTED_MARK);
  if (arrived === undefined || (previousPaint && previousPaint.startTime >= arrived.startTime))
    return;
  timing.measure(LISTING_DATA_TO_PAINT, { start: arrived.startTime, end: painted.startTime });
  if (timing.getEntriesByName(LISTING_DATA_TO_PAINT, "measure").length > KEEP_MEASURES) {
    timing.clearMarks(LISTING_REQUEST_MARK);
    timing.clearMarks(LISTING_DATA_MARK);
    timing.clearMarks(LISTING_PAINTED_MARK);
    timing.clearMeasures(LISTING_DATA_TO_PAINT);
  }
}

/** Calls `markListingPainted` once what was just committed is on screen; returns a canceller. */
export function afterNextPaint(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(markListingPainted, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
