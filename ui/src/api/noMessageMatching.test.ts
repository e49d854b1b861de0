// The UI decides what to do by an error's kind, never by its words: a message is for people
// and may change with any release of the tenant or of Plugdesk. This test reads every source
// file of the UI and fails on code that tests, searches or compares a message's text.
import { describe, expect, it } from "vitest";

const SOURCES = import.meta.glob<string>(
  ["../**/*.{ts,tsx}", "!../generated/**", "!../**/*.test.{ts,tsx}"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);

/** Ways code reacts to what a message says. */
const MATCHING_MESSAGE_TEXT = [
  // `/not connected/i.test(error.message)`
  /\.test\(\s*[\w.?]*message\b/,
  // `error.message.includes("…")`, `.startsWith`, `.match`, `.search`, `.indexOf`
  /message\??\.(includes|startsWith|endsWith|match|matchAll|search|indexOf)\(/,
  // `error.message === "Not found"`, `"Not found" !== error.message` (not `!== ""`)
  /message\s*[!=]==?\s*["'`][^"'`]/,
  /["'`][^"'`]*[^"'`\s]["'`]\s*[!=]==?\s*[\w.?]*message\b/,
];

/** `typeof x.message === "string"` asks for a type, not for words. */
const withoutTypeChecks = (line: string) =>
  line.replace(/typeof\s+[^=!]*[!=]==?\s*["'`]\w+["'`]/g, "");

describe("errors are told apart by kind", () => {
  it("reads the UI's sources", () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
  });

  it("has no code matching an error message's text", () => {
    const offenders = Object.entries(SOURCES).flatMap(([file, text]) =>
      text
        .split("\n")
        .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
        .filter(({ text }) =>
          MATCHING_MESSAGE_TEXT.some((pattern) => pattern.test(withoutTypeChecks(text))),
        ),
    );
    expect(offenders).toEqual([]);
  });

  it("would catch the ways of matching text", () => {
    for (const line of [
      "return /not connected/i.test(appError.message);",
      'if (error.message.includes("locked")) retry();',
      'const gone = error.message === "Not found";',
    ]) {
      expect(
        MATCHING_MESSAGE_TEXT.some((pattern) => pattern.test(withoutTypeChecks(line))),
        line,
      ).toBe(true);
    }
  });

  it("lets code check that a message is there", () => {
    const line = 'if (typeof record?.message === "string" && record.message !== "") show();';
    expect(MATCHING_MESSAGE_TEXT.some((pattern) => pattern.test(withoutTypeChecks(line)))).toBe(
      false,
    );
  });
});
