import { describe, expect, it } from "vitest";
import { AppCommandError } from "./bridge";
import { isTenantSwitch, nextRefreshMs } from "./autoRefresh";

describe("automatic refresh", () => {
  it("follows the setting while the tenant answers", () => {
    expect(nextRefreshMs(0, 0, null)).toBe(false);
    expect(nextRefreshMs(1, 0, null)).toBe(60_000);
    expect(nextRefreshMs(15, 0, null)).toBe(900_000);
  });

  it("slows down after failures, most of all when the tenant asks to", () => {
    expect(nextRefreshMs(1, 1, null)).toBe(120_000);
    expect(nextRefreshMs(1, 2, null)).toBe(240_000);
    expect(nextRefreshMs(1, 10, null)).toBe(480_000);
    const limited = new AppCommandError({
      kind: "rateLimited",
      message: "Too many requests.",
      retryAfterSecs: 900,
    });
    expect(nextRefreshMs(1, 1, limited)).toBe(900_000);
  });

  it("does not count a switch of tenant as a failure to show", () => {
    expect(
      isTenantSwitch(new AppCommandError({ kind: "cancelled", message: "The tenant changed." })),
    ).toBe(true);
    expect(isTenantSwitch(new AppCommandError({ kind: "network", message: "Offline." }))).toBe(
      false,
    );
  });
});
