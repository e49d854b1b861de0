// Turns failures into words an operator can act on. Nothing here ever shows a stack trace,
// a bare status code or the word "undefined": every field is a finished sentence.
import { AppCommandError, type AppError } from "./bridge";

export type AppErrorKind = AppError["kind"];

export interface PresentedError {
  /** A short headline, e.g. "Plugdesk could not reach the tenant". */
  title: string;
  /** What happened, in plain words. */
  message: string;
  /** What the operator can do next. */
  action: string;
  /** The underlying message, cleaned up, when it adds something; otherwise null. */
  detail: string | null;
  /** Whether trying the same thing again may succeed without the operator changing anything. */
  retryable: boolean;
}

type Wording = Omit<PresentedError, "detail">;

// A Record over every kind: when the Rust side adds a kind, tsc points here.
const WORDING: Record<AppErrorKind, Wording> = {
  unauthorized: {
    title: "The tenant did not accept the API token",
    message: "The token saved for this profile is wrong, has expired or was revoked.",
    action: "Enter a new API token for this profile.",
    retryable: false,
  },
  forbidden: {
    title: "The API token lacks permission",
    message: "The tenant refused this request for the token of this profile.",
    action: "Ask your AMPECO administrator to give this token access, or use another profile.",
    retryable: false,
  },
  notFound: {
    title: "Record not found",
    message: "The tenant has no such record. It may have been deleted.",
    action: "Go back to the list and refresh it.",
    retryable: false,
  },
  validation: {
    title: "Some values need attention",
    message: "The tenant did not accept some of the values sent.",
    action: "Correct the marked fields and submit again.",
    retryable: false,
  },
  rateLimited: {
    title: "The tenant asked Plugdesk to slow down",
    message: "Too many requests reached the tenant in a short time.",
    action: "Wait a moment, then try again.",
    retryable: true,
  },
  server: {
    title: "The tenant ran into a problem",
    message: "The tenant's server could not complete this request.",
    action: "Try again in a few minutes. If it keeps failing, contact AMPECO support.",
    retryable: true,
  },
  network: {
    title: "Plugdesk could not reach the tenant",
    message: "The connection to the tenant failed before an answer arrived.",
    action: "Check your connection and try again.",
    retryable: true,
  },
  timeout: {
    title: "The tenant took too long to answer",
    message: "No answer arrived in time, so Plugdesk stopped waiting.",
    action: "Try again. If it keeps happening, check your connection.",
    retryable: true,
  },
  alreadySent: {
    title: "This change was already sent",
    message:
      "Plugdesk sent exactly this change before, and the tenant may have applied it: it is not sent twice.",
    action:
      "Look at the record or the Activity list. To make the change again, close this form and open it anew.",
    retryable: false,
  },
  tenantChanged: {
    title: "The tenant was switched",
    message:
      "This request was meant for the tenant connected before the switch, so Plugdesk did not send it.",
    action: "Check the tenant in the header, then try again.",
    retryable: false,
  },
  cancelled: {
    title: "Request cancelled",
    message: "The request was stopped before it finished.",
    action: "Start it again when you need it.",
    retryable: true,
  },
  keychainUnavailable: {
    title: "The system keychain is not available",
    message:
      "Plugdesk keeps API tokens only in the operating system's keychain and could not reach it.",
    action:
      "Make sure the keychain service is running (on Linux, GNOME Keyring or KWallet), then try again.",
    retryable: true,
  },
  keychainLocked: {
    title: "The system keychain is locked",
    message: "Plugdesk needs the keychain unlocked to read the API token.",
    action: "Unlock your keychain, then try again.",
    retryable: true,
  },
  readOnlyProfile: {
    title: "This profile is read-only",
    message: "Plugdesk sends no changes through a read-only profile.",
    action: "Switch to a profile that allows changes.",
    retryable: false,
  },
  notConnected: {
    title: "No tenant is connected",
    message: "Plugdesk sends requests only once a tenant is connected.",
    action: "Connect a tenant or open the demo network, then try again.",
    retryable: false,
  },
  invalidRequest: {
    title: "Plugdesk could not send this request",
    message: "Some values in the request do not fit this operation.",
    action: "Check the values you entered and try again.",
    retryable: false,
  },
  protocol: {
    title: "The tenant's answer was not understood",
    message: "The tenant answered in a form Plugdesk does not expect.",
    action: "Try again. If it keeps happening, report it with the details shown.",
    retryable: true,
  },
  internal: {
    title: "Something went wrong inside Plugdesk",
    message: "An unexpected problem stopped this action.",
    action: "Try again. If it keeps happening, restart Plugdesk.",
    retryable: true,
  },
};

const FALLBACK_WORDING = WORDING.internal;

/** How many field names a validation message lists before summarising the rest. */
const LISTED_FIELDS = 3;

/** Longest detail shown; longer messages are cut, as they are rarely meant for people. */
const DETAIL_LIMIT = 300;

export function presentAppError(error: AppError): PresentedError {
  const wording: Wording =
    (WORDING as Partial<Record<string, Wording>>)[error.kind] ?? FALLBACK_WORDING;
  const presented: PresentedError = { ...wording, detail: cleanDetail(error.message) };

  if (error.kind === "validation") {
    const fields = Object.keys(error.errors ?? {});
    if (fields.length > 0) {
      presented.message = `The tenant did not accept ${describeFields(fields)}.`;
    }
  }
  if (error.kind === "rateLimited") {
    const seconds = error.retryAfterSecs;
    if (typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0) {
      const whole = Math.ceil(seconds);
      presented.action = `Wait ${whole} ${whole === 1 ? "second" : "seconds"}, then try again.`;
    }
  }
  if (error.kind === "keychainUnavailable" || error.kind === "keychainLocked") {
    // The Rust side knows the platform and its keychain, so its guidance beats ours.
    const guidance = cleanDetail(error.guidance);
    if (guidance !== null) {
      presented.action = guidance;
    }
  }
  if (presented.detail === presented.message) {
    presented.detail = null;
  }
  return presented;
}

/** Presents anything a promise may reject with: an `AppError`, an `Error`, a string, or worse. */
export function presentError(error: unknown): PresentedError {
  if (error instanceof AppCommandError) {
    return presentAppError(error.appError);
  }
  if (isAppError(error)) {
    return presentAppError(error);
  }
  const detail =
    error instanceof Error
      ? cleanDetail(error.message)
      : typeof error === "string"
        ? cleanDetail(error)
        : null;
  return { ...FALLBACK_WORDING, detail };
}

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

function describeFields(fields: string[]): string {
  const listed = fields.slice(0, LISTED_FIELDS).join(", ");
  const rest = fields.length - LISTED_FIELDS;
  const noun = fields.length === 1 ? "field" : "fields";
  return rest > 0
    ? `${fields.length} ${noun}: ${listed} and ${rest} more`
    : `${fields.length === 1 ? "one" : fields.length} ${noun}: ${listed}`;
}

/**
 * Keeps the first line of a message when it says something: stack frames, empty text,
 * "undefined"/"null" and bare status codes ("500", "HTTP 503") are dropped.
 */
export function cleanDetail(raw: unknown): string | null {
  if (typeof raw !== "string") {
    return null;
  }
  const firstLine = raw.trim().split(/\r?\n/, 1)[0]?.trim() ?? "";
  if (firstLine === "" || /^(undefined|null|\[object Object\])$/i.test(firstLine)) {
    return null;
  }
  if (/^(HTTP\s*)?(status\s*)?\d{3}$/i.test(firstLine) || /^\s*at\s/.test(firstLine)) {
    return null;
  }
  return firstLine.length > DETAIL_LIMIT ? `${firstLine.slice(0, DETAIL_LIMIT - 1)}…` : firstLine;
}

/** The "not connected yet" answer of every call before a tenant is connected. */
export function isNotConnected(error: unknown): boolean {
  const appError =
    error !== null && typeof error === "object" && "appError" in error
      ? (error as { appError: unknown }).appError
      : error;
  return isAppError(appError) && appError.kind === "notConnected";
}
