import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { TestIntersectionObserver } from "../test/intersectionObserver";
import { renderApp } from "../test/renderApp";
import { loadCharts } from "./loadCharts";
import { installFakeHome, TENANT } from "./testing/fakeHome";

// The charting library as Home reads it, counted.
vi.mock("./loadCharts", async (original) => {
  const real = await original<typeof import("./loadCharts")>();
  return { loadCharts: vi.fn(real.loadCharts) };
});

// The whole app renders in jsdom, charts included: slower than one component.
const WAIT_MS = 15_000;
const WIDGETS = ["charger-status", "charging-now", "energy", "revenue", "attention", "counts"];

async function widget(name: string) {
  return screen.findByTestId(`home-widget-${name}`);
}

async function waitForState(name: string, state: string) {
  await waitFor(async () => expect(await widget(name)).toHaveAttribute("data-state", state), {
    timeout: WAIT_MS,
  });
}

describe("Home for a connected tenant", { timeout: 60_000 }, () => {
  it("shows every widget ready with its numbers and how fresh they are", async () => {
    installFakeHome();
    renderApp("/");
    expect(
      await screen.findByTestId("home-dashboard", {}, { timeout: WAIT_MS }),
    ).toBeInTheDocument();
    for (const name of WIDGETS) await waitForState(name, "ready");
    expect(screen.getByTestId("home-widget-counts-as-of")).toHaveTextContent(/^as of \d/);
    expect(screen.getByTestId("home-count-customers-value")).toHaveTextContent("500");
    expect(screen.getByTestId("home-charging-count")).toHaveTextContent("1");
    expect(screen.getByTestId("home-revenue-EUR-total")).toHaveTextContent("30.50");
    expect(screen.getByTestId("home-revenue-BGN-total")).toBeInTheDocument();
  });

  it("names the connection it shows in every request", async () => {
    const fake = installFakeHome();
    renderApp("/");
    await waitForState("counts", "ready");
    const counts = fake.calls.find((call) => call.command === "home_counts");
    expect(counts?.args.generation).toBe(TENANT.generation);
  });

  it("shows loading while a widget counts, and one failing widget leaves the others", async () => {
    const fake = installFakeHome();
    fake.answers.home_energy = () => new Promise(() => {});
    fake.answers.home_revenue = () => {
      throw { kind: "server", message: "The tenant answered 503.", status: 503 };
    };
    renderApp("/");
    await waitForState("counts", "ready");
    await waitForState("revenue", "error");
    expect(await widget("energy")).toHaveAttribute("data-state", "loading");
    expect(within(await widget("revenue")).getByTestId("home-widget-error")).toHaveTextContent(
      "The tenant ran into a problem",
    );
    await waitForState("attention", "ready");
  });

  it("stops the counts still running when Home is left", async () => {
    const fake = installFakeHome();
    fake.answers.home_charging_now = () => new Promise(() => {});
    const { history } = renderApp("/");
    await waitForState("counts", "ready");
    const running = fake.calls.find((call) => call.command === "home_charging_now");
    expect(running?.args.requestId).toEqual(expect.any(String));
    expect(fake.calls.some((call) => call.command === "cancel_request")).toBe(false);

    act(() => history.push("/settings"));
    await waitFor(() =>
      expect(fake.calls.filter((call) => call.command === "cancel_request")).toEqual([
        { command: "cancel_request", args: { requestId: running?.args.requestId } },
      ]),
    );
  });

  it("says so when a widget has nothing to show", async () => {
    const fake = installFakeHome();
    fake.answers.home_attention = () => ({
      tenant: { profileId: "id-acme", tenantUrl: "https://acme.ampeco.tech" },
      computedAt: "2026-12-01T09:42:00Z",
      value: { groups: [] },
    });
    fake.answers.home_charging_now = () => ({
      tenant: { profileId: "id-acme", tenantUrl: "https://acme.ampeco.tech" },
      computedAt: "2026-12-01T09:42:00Z",
      value: { active: 0, newest: [] },
    });
    renderApp("/");
    await waitForState("attention", "empty");
    expect(screen.getByTestId("home-widget-attention-empty")).toHaveTextContent(
      "Nothing needs attention",
    );
    await waitForState("charging-now", "empty");
  });

  it("refreshes a widget on request, counting anew", async () => {
    const fake = installFakeHome();
    const user = userEvent.setup();
    renderApp("/");
    await waitForState("counts", "ready");
    await user.click(screen.getByTestId("home-widget-counts-refresh"));
    await waitFor(
      () => expect(fake.calls.filter((call) => call.command === "home_counts")).toHaveLength(2),
      { timeout: WAIT_MS },
    );
    const [first, second] = fake.calls.filter((call) => call.command === "home_counts");
    expect(first?.args.maxAgeSecs).toBeGreaterThan(0);
    expect(second?.args.maxAgeSecs).toBe(0);
  });

  it("asks for the chosen range and remembers it", async () => {
    const fake = installFakeHome();
    const user = userEvent.setup();
    const { unmount } = renderApp("/");
    await waitForState("energy", "ready");
    expect(fake.calls.find((call) => call.command === "home_energy")?.args.range).toBe("days7");
    await user.click(within(screen.getByTestId("home-range")).getByText("30 days"));
    await waitFor(
      () =>
        expect(
          fake.calls.filter((c) => c.command === "home_revenue" && c.args.range === "days30"),
        ).toHaveLength(1),
      { timeout: WAIT_MS },
    );
    expect(fake.calls.some((c) => c.command === "home_energy" && c.args.range === "days30")).toBe(
      true,
    );
    unmount();
    renderApp("/");
    const range = await screen.findByTestId("home-range", {}, { timeout: WAIT_MS });
    expect(within(range).getByDisplayValue("days30")).toBeChecked();
  });

  it("opens exactly the records of a chart segment, each opening its record", async () => {
    installFakeHome();
    const user = userEvent.setup();
    const { history } = renderApp("/");
    await waitForState("charger-status", "ready");
    expect(screen.getByTestId("home-segment-evses-faulted-count")).toHaveTextContent("1");
    await user.click(screen.getByTestId("home-segment-evses-faulted"));
    const records = await screen.findAllByTestId("home-segment-record", {}, { timeout: WAIT_MS });
    expect(records.map((row) => row.getAttribute("data-id"))).toEqual(["7"]);
    await user.click(within(records[0]!).getByRole("link", { name: "SOF-0003*1" }));
    await waitFor(() => expect(history.location.pathname).toBe("/r/evses/7"), { timeout: WAIT_MS });
  });

  it("draws the status rings without the charting library, each segment opening its records", async () => {
    // Nothing comes near the view: the bar charts further down wait to be scrolled to.
    TestIntersectionObserver.inViewAtOnce = false;
    vi.mocked(loadCharts).mockClear();
    installFakeHome();
    const user = userEvent.setup();
    renderApp("/");
    await waitForState("charger-status", "ready");
    await user.click(screen.getByTestId("home-ring-evses-faulted"));
    const records = await screen.findAllByTestId("home-segment-record", {}, { timeout: WAIT_MS });
    expect(records.map((row) => row.getAttribute("data-id"))).toEqual(["7"]);
    expect(loadCharts).not.toHaveBeenCalled();
  });

  it("opens the filtered list behind a line of needs attention and a count", async () => {
    installFakeHome();
    const user = userEvent.setup();
    const { history } = renderApp("/");
    await waitForState("attention", "ready");
    const link = screen.getByTestId("home-attention-pendingBookingRequests-list");
    expect(link).toHaveAttribute("href", expect.stringContaining("/r/booking-requests"));
    await user.click(screen.getByTestId("home-count-activeSubscriptions-list"));
    await waitFor(() => expect(history.location.pathname).toBe("/r/subscriptions"), {
      timeout: WAIT_MS,
    });
    expect(history.location.search).toContain("status");
  });
});
