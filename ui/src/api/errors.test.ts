import { describe, expect, it } from "vitest";
import { AppCommandError, type AppError } from "./bridge";
import { cleanDetail, presentAppError, presentError, type AppErrorKind } from "./errors";

const ALL_KINDS: AppErrorKind[] = [
  "unauthorized",
  "forbidden",
  "notFound",
  "validation",
  "rateLimited",
  "server",
  "network",
  "timeout",
  "cancelled",
  "keychainUnavailable",
  "keychainLocked",
  "readOnlyProfile",
  "notConnected",
  "invalidRequest",
  "protocol",
  "internal",
];

// Builds an error of any kind with only the fields every kind has; the presenter must cope
// with the optional extras (field errors, retry hints) being absent.
function errorOf(kind: AppErrorKind, message = ""): AppError {
  return { kind, message } as AppError;
}

function allText(presented: ReturnType<typeof presentAppError>): string {
  return [presented.title, presented.message, presented.action, presented.detail ?? ""].join(" ");
}

describe("presentAppError", () => {
  it.each(ALL_KINDS)("gives %s a title, a message and an action in plain words", (kind) => {
    const presented = presentAppError(errorOf(kind));
    expect(presented.title.length).toBeGreaterThan(5);
    expect(presented.message).toMatch(/\.$/);
    expect(presented.action).toMatch(/\.$/);
    expect(allText(presented)).not.toMatch(/undefined|null|\bat \w+ \(|\b\d{3}\b/);
  });

  it("tells the operator to check the connection when the tenant cannot be reached", () => {
    const presented = presentAppError(errorOf("network", "error sending request"));
    expect(presented.title).toBe("Plugdesk could not reach the tenant");
    expect(presented.action).toBe("Check your connection and try again.");
    expect(presented.detail).toBe("error sending request");
    expect(presented.retryable).toBe(true);
  });

  it("asks for a new token when the tenant rejects it, and does not suggest retrying", () => {
    const presented = presentAppError(errorOf("unauthorized", "Unauthenticated."));
    expect(presented.action).toBe("Enter a new API token for this profile.");
    expect(presented.retryable).toBe(false);
  });

  it("names the fields the tenant rejected", () => {
    const presented = presentAppError({
      kind: "validation",
      message: "The given data was invalid.",
      errors: { email: ["The email must be a valid email address."] },
    } as AppError);
    expect(presented.message).toBe("The tenant did not accept one field: email.");
  });

  it("summarises long lists of rejected fields", () => {
    const presented = presentAppError({
      kind: "validation",
      message: "",
      errors: { a: ["x"], b: ["x"], c: ["x"], d: ["x"], e: ["x"] },
    } as AppError);
    expect(presented.message).toBe("The tenant did not accept 5 fields: a, b, c and 2 more.");
  });

  it("says how long to wait when the tenant gave a retry hint", () => {
    const presented = presentAppError({
      kind: "rateLimited",
      message: "Too Many Attempts.",
      retryAfterSecs: 30,
    } as AppError);
    expect(presented.action).toBe("Wait 30 seconds, then try again.");
  });

  it("speaks of one second in the singular and rounds fractions up", () => {
    const one = presentAppError({
      kind: "rateLimited",
      message: "",
      retryAfterSecs: 0.4,
    } as AppError);
    expect(one.action).toBe("Wait 1 second, then try again.");
  });

  it("falls back to a moment when the tenant gave no retry hint", () => {
    const presented = presentAppError({
      kind: "rateLimited",
      message: "",
      retryAfterSecs: null,
    } as AppError);
    expect(presented.action).toBe("Wait a moment, then try again.");
  });

  it("uses the keychain guidance from the Rust side when there is some", () => {
    const presented = presentAppError({
      kind: "keychainLocked",
      message: "the login keyring is locked",
      guidance: "Unlock the login keyring in Passwords and Keys, then try again.",
    } as AppError);
    expect(presented.action).toBe(
      "Unlock the login keyring in Passwords and Keys, then try again.",
    );
    expect(presented.title).toBe("The system keychain is locked");
  });

  it("treats a kind it does not know as an internal problem instead of failing", () => {
    const presented = presentAppError({
      kind: "somethingNew",
      message: "new",
    } as unknown as AppError);
    expect(presented.title).toBe("Something went wrong inside Plugdesk");
    expect(presented.detail).toBe("new");
  });
});

describe("presentError", () => {
  it("unwraps an AppCommandError", () => {
    const presented = presentError(new AppCommandError(errorOf("timeout", "operation timed out")));
    expect(presented.title).toBe("The tenant took too long to answer");
  });

  it("accepts a bare AppError as rejected by invoke", () => {
    expect(presentError(errorOf("forbidden")).title).toBe("The API token lacks permission");
  });

  it("keeps only the first line of a JavaScript error, never its stack", () => {
    const error = new Error("boom\n    at render (App.tsx:10:5)");
    const presented = presentError(error);
    expect(presented.detail).toBe("boom");
    expect(allText(presented)).not.toContain("App.tsx");
  });

  it("copes with values that are not errors at all", () => {
    for (const value of [undefined, null, 42, {}, "undefined"]) {
      const presented = presentError(value);
      expect(presented.detail).toBeNull();
      expect(allText(presented)).not.toMatch(/undefined|null/);
    }
  });
});

describe("cleanDetail", () => {
  it("drops bare status codes and empty text", () => {
    expect(cleanDetail("500")).toBeNull();
    expect(cleanDetail("HTTP 503")).toBeNull();
    expect(cleanDetail("   ")).toBeNull();
  });

  it("shortens very long messages", () => {
    const cleaned = cleanDetail("x".repeat(1000));
    expect(cleaned).toHaveLength(300);
    expect(cleaned?.endsWith("…")).toBe(true);
  });
});
