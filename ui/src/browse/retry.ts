// Rate-limit answers that reach the window (the Rust side has already waited once) are retried
// after the tenant's own hint; every other error is shown at once.
import { AppCommandError } from "../api/bridge";

const MAX_RATE_LIMIT_RETRIES = 3;
const FALLBACK_WAIT_MS = 5000;

export function rateLimitWaitSeconds(error: unknown): number | null | undefined {
  if (error instanceof AppCommandError && error.appError.kind === "rateLimited") {
    return error.appError.retryAfterSecs ?? null;
  }
  return undefined;
}

export function retryRateLimited(failureCount: number, error: unknown): boolean {
  return rateLimitWaitSeconds(error) !== undefined && failureCount < MAX_RATE_LIMIT_RETRIES;
}

export function rateLimitDelay(_failureCount: number, error: unknown): number {
  const seconds = rateLimitWaitSeconds(error);
  return typeof seconds === "number" && seconds > 0 ? seconds * 1000 : FALLBACK_WAIT_MS;
}
