import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SavedView } from "../api/savedViews";
import type { TenantView } from "../api/session";
import { renderWithProviders } from "../test/renderWithProviders";
import { PinnedViewTiles } from "./PinnedViewTiles";
import { fakeViews } from "./testing/fakeViews";

const TENANT: TenantView = {
  profileId: "id-acme",
  name: "Acme",
  tenantUrl: "https://acme.ampeco.tech",
  color: "blue",
  readOnly: false,
  demo: false,
  generation: 3,
};

const FAULTED: SavedView = {
  id: 4,
  name: "Faulted EVSEs",
  pinned: true,
  state: {
    resource: "evses",
    filter: { hardwareStatus: "faulted" },
    include: [],
    path: {},
    columns: null,
    columnWidths: {},
    perPage: 25,
  },
};

const MINUTE = 60_000;

/** The Rust side: the connected tenant, its views, and each count (12, 13, … records). */
function installCounts() {
  const counts: Array<{ maxAgeSecs: unknown }> = [];
  const views = fakeViews([FAULTED]);
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    if (cmd === "session_status") {
      return { active: TENANT, profiles: [], notice: null, restoreProblem: null };
    }
    if (cmd === "home_view_count") {
      counts.push({ maxAgeSecs: payload.maxAgeSecs });
      return {
        tenant: { profileId: TENANT.profileId, tenantUrl: TENANT.tenantUrl },
        computedAt: "2026-12-01T09:42:00Z",
        value: { count: 11 + counts.length, exact: true },
      };
    }
    const answer = views.answer(cmd, payload);
    if (answer !== undefined) return answer;
    throw { kind: "internal", message: `The fake has no ${cmd}.` };
  });
  return counts;
}

function setRefreshMinutes(minutes: string) {
  window.localStorage.setItem("plugdesk.home.refreshMinutes", JSON.stringify(minutes));
}

async function firstCountShown() {
  expect(await screen.findByTestId("home-view-4-count")).toHaveTextContent("12");
}

/** Moves the clock of the page's timers on, as if Home stayed on screen that long. */
async function stayOnHome(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe("a view pinned to Home", { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("says how fresh its count is and counts anew on request", async () => {
    const counts = installCounts();
    const user = userEvent.setup();
    renderWithProviders(<PinnedViewTiles tenant={TENANT} />);
    await firstCountShown();
    const tile = screen.getByTestId("home-pinned-view-4");
    expect(within(tile).getByTestId("home-view-4-as-of")).toHaveTextContent(/^as of \d/);
    const refresh = within(tile).getByRole("button", {
      name: "Refresh the count of Faulted EVSEs",
    });

    await user.click(refresh);

    await waitFor(() => expect(screen.getByTestId("home-view-4-count")).toHaveTextContent("13"));
    // The opening paint may come from Rust's cache; a refresh asked for counts anew.
    expect(counts[0]?.maxAgeSecs).toBeGreaterThan(0);
    expect(counts[1]?.maxAgeSecs).toBe(0);
  });

  it("counts again as often as Settings → Home says, not every 5 minutes", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    setRefreshMinutes("15");
    const counts = installCounts();
    renderWithProviders(<PinnedViewTiles tenant={TENANT} />);
    await firstCountShown();

    await stayOnHome(6 * MINUTE);
    expect(counts).toHaveLength(1);
    await stayOnHome(10 * MINUTE);
    await waitFor(() => expect(counts).toHaveLength(2));
    expect(counts[1]?.maxAgeSecs).toBe(0);
  });

  it("counts every minute when Home is set to, and not at all when it is off", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    setRefreshMinutes("1");
    const everyMinute = installCounts();
    const { unmount } = renderWithProviders(<PinnedViewTiles tenant={TENANT} />);
    await firstCountShown();
    await stayOnHome(MINUTE + 1_000);
    await waitFor(() => expect(everyMinute).toHaveLength(2));
    unmount();

    setRefreshMinutes("0");
    const off = installCounts();
    renderWithProviders(<PinnedViewTiles tenant={TENANT} />);
    await firstCountShown();
    await stayOnHome(30 * MINUTE);
    expect(off).toHaveLength(1);
  });
});
