// What the profile screens need to know about a failure, whatever shape it arrived in.
import { AppCommandError, type AppError } from "../api/bridge";
import { isAppError } from "../api/errors";

export type KeychainError = Extract<AppError, { kind: "keychainUnavailable" | "keychainLocked" }>;

function asAppError(error: unknown): AppError | null {
  const inner = error instanceof AppCommandError ? error.appError : error;
  return isAppError(inner) ? inner : null;
}

export function errorKindOf(error: unknown): AppError["kind"] | null {
  return asAppError(error)?.kind ?? null;
}

/** True when the tenant rejected the saved API token. */
export function isUnauthorized(error: unknown): boolean {
  return errorKindOf(error) === "unauthorized";
}

export function keychainErrorOf(error: unknown): KeychainError | null {
  const appError = asAppError(error);
  return appError?.kind === "keychainUnavailable" || appError?.kind === "keychainLocked"
    ? appError
    : null;
}

/** The field problems of a `validation` error, one message per field. */
export function fieldErrorsOf(error: unknown): Partial<Record<string, string>> {
  const appError = asAppError(error);
  if (appError?.kind !== "validation") {
    return {};
  }
  const fields: Partial<Record<string, string>> = {};
  for (const [field, messages] of Object.entries(appError.errors ?? {})) {
    if (messages !== undefined && messages.length > 0) {
      fields[field] = messages.join(" ");
    }
  }
  return fields;
}
