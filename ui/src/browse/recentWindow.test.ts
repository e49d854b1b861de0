import { describe, expect, it } from "vitest";
import { findResource } from "../catalog/catalogIndex";
import { describeFilter } from "./filters";
import { apiFilters, recentWindowStart, RECENT_WINDOW_VALUE } from "./listSearch";
import { keepingWindowChoice, newestFirst, withRecentWindow } from "./recentWindow";

const sessions = findResource("sessions")!;
const chargePoints = findResource("charge-points")!;

describe("the recent window of time-based listings", () => {
  it("opens a plain visit to the sessions on the last 7 days", () => {
    const shown = withRecentWindow(sessions, {});
    expect(shown.filter).toEqual({ startedAfter: RECENT_WINDOW_VALUE });
    expect(describeFilter(sessions, "startedAfter", RECENT_WINDOW_VALUE)).toBe(
      "Started in the last 7 days",
    );
    // Sent as the date it means: midnight six days before today, local time.
    const sent = apiFilters(sessions, shown).startedAfter as string;
    expect(sent).toBe(recentWindowStart().toISOString());
    const days = (Date.now() - new Date(sent).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThanOrEqual(7);
  });

  it("leaves links with filters and listings without a time filter as they are", () => {
    const failed = { filter: { paymentStatus: "failed" } };
    expect(withRecentWindow(sessions, failed)).toBe(failed);
    expect(withRecentWindow(chargePoints, {})).toEqual({});
  });

  it("stays away once the operator removed it", () => {
    const removed = keepingWindowChoice(sessions, { filter: undefined });
    expect(removed.recent).toBe("off");
    expect(withRecentWindow(sessions, removed).filter).toBeUndefined();
    // Another filter set while the window shows keeps the window.
    const both = keepingWindowChoice(sessions, {
      filter: { startedAfter: RECENT_WINDOW_VALUE, status: "active" },
    });
    expect(both.recent).toBeUndefined();
    expect(withRecentWindow(sessions, both).filter).toEqual({
      startedAfter: RECENT_WINDOW_VALUE,
      status: "active",
    });
  });

  it("sorts the loaded records newest first when the time column is shown", () => {
    expect(newestFirst(sessions, ["startedAt", "status"])).toEqual([
      { id: "startedAt", desc: true },
    ]);
    expect(newestFirst(sessions, ["status"])).toEqual([]);
    expect(newestFirst(chargePoints, ["name"])).toEqual([]);
  });
});
