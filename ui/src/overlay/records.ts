// Facts about resources' records that the catalog does not carry: which listings' rows open no
// detail, which change by the minute, and the limits of auto-refresh and "Load all".
import type { ResourceKey } from "../generated/unions";

/** Resources whose read operation does not fit their listing's records (an older path). */
export const NO_DETAIL_RESOURCES: ReadonlySet<ResourceKey> = new Set<ResourceKey>([
  "circuits.consumption",
  "circuits-v1-0.consumption",
]);

/** Resources that change by the minute: their screens offer auto-refresh. */
export const LIVE_RESOURCES: ReadonlySet<ResourceKey> = new Set<ResourceKey>([
  "evses",
  "charge-points",
  "charge-points.evses",
  "charge-points.evses.connectors",
  "charge-points.status",
  "sessions",
]);

/** Slowest auto-refresh interval offered, and the default: well under any tenant's rate limit. */
export const AUTO_REFRESH_SECONDS = 30;

/**
 * Auto-refresh reloads every loaded page; past this many pages ("Load all" on a big listing)
 * it pauses rather than send hundreds of requests every 30 seconds.
 */
export const AUTO_REFRESH_MAX_PAGES = 5;

/**
 * "Load all" stops once this many records are in the window: past it the table is no way to
 * read a listing, and every record costs the window memory. Export writes any number to a file.
 */
export const LOAD_ALL_MAX_RECORDS = 100_000;
