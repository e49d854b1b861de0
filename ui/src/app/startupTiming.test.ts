import { afterEach, describe, expect, it } from "vitest";
import { STARTUP_MARKS, markOnce, markShellPaintedOnce } from "./startupTiming";

const marksNamed = (name: string) => performance.getEntriesByName(name, "mark").length;

describe("start-up marks", () => {
  afterEach(() => performance.clearMarks());

  it("sets each mark once per page load", () => {
    markOnce(STARTUP_MARKS.modulesRun);
    markOnce(STARTUP_MARKS.modulesRun);
    expect(marksNamed(STARTUP_MARKS.modulesRun)).toBe(1);
  });

  it("marks the commit at once and the paint after the next frame", async () => {
    markShellPaintedOnce();
    expect(marksNamed(STARTUP_MARKS.shellCommitted)).toBe(1);
    expect(marksNamed(STARTUP_MARKS.shellPainted)).toBe(0);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    expect(marksNamed(STARTUP_MARKS.shellPainted)).toBe(1);
    // A second shell (StrictMode's double effect) adds no second paint mark.
    markShellPaintedOnce();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    expect(marksNamed(STARTUP_MARKS.shellPainted)).toBe(1);
  });
});
