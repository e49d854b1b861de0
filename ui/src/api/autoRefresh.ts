// When Home's numbers (its widgets, the counts of pinned views) refresh by themselves: every
// few minutes (the operator's setting, components/refreshSetting.ts) while Home is on screen,
// later and later while the tenant keeps failing or asking to slow down.
import { AppCommandError, type AppError } from "./bridge";
import { isAppError } from "./errors";

/** The longest pause between automatic refreshes, however often they failed. */
const MAX_BACKOFF_FACTOR = 8;

function appErrorOf(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (error instanceof AppCommandError) return error.appError;
  return null;
}

/** Milliseconds until the next automatic refresh, or false for none. */
export function nextRefreshMs(
  minutes: number,
  failuresInARow: number,
  lastError: unknown,
): number | false {
  if (minutes <= 0) return false;
  const base = minutes * 60_000;
  if (failuresInARow === 0) return base;
  const factor = Math.min(2 ** failuresInARow, MAX_BACKOFF_FACTOR);
  const error = appErrorOf(lastError);
  const asked =
    error?.kind === "rateLimited" && error.retryAfterSecs !== null
      ? error.retryAfterSecs * 1000
      : 0;
  return Math.max(base * factor, asked);
}

/** A tenant switch cancels the count of the previous tenant: not a failure to show. */
export function isTenantSwitch(error: unknown): boolean {
  return appErrorOf(error)?.kind === "cancelled";
}
