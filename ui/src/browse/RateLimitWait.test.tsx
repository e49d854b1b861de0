import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

// A pause longer than the Rust side waits out by itself (30 s) reaches the window, which counts
// it down, tries again when it ends, and lets the operator stop waiting.
describe("a long rate-limit pause", { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts down, can be stopped without another call, and tried again", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const tenant = installFakeTenant();
    tenant.failures.set("chargePointsListing", {
      kind: "rateLimited",
      message: "Too Many Attempts.",
      retryAfterSecs: 75,
    });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    renderApp("/r/charge-points");

    const countdown = await screen.findByTestId("rate-limit-countdown");
    expect(countdown).toHaveTextContent(/Trying again in 1:1[45]\./);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20_000);
    });
    expect(screen.getByTestId("rate-limit-countdown")).toHaveTextContent(
      /Trying again in 5[45] s\./,
    );
    const callsBeforeStop = tenant.listCalls.length;

    await user.click(screen.getByTestId("rate-limit-stop"));
    const stopped = await screen.findByTestId("rate-limit-stopped");
    expect(screen.queryByTestId("rate-limit-wait")).not.toBeInTheDocument();
    // The pause runs out, and nothing is asked of the tenant.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(120_000);
    });
    expect(tenant.listCalls.length).toBe(callsBeforeStop);

    tenant.failures.clear();
    await user.click(within(stopped).getByRole("button", { name: "Try again" }));
    expect((await screen.findAllByTestId("list-row")).length).toBeGreaterThan(0);
    expect(screen.queryByTestId("rate-limit-stopped")).not.toBeInTheDocument();
  });

  it("tries again by itself when the pause ends", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const tenant = installFakeTenant();
    tenant.failures.set("chargePointsListing", {
      kind: "rateLimited",
      message: "Too Many Attempts.",
      retryAfterSecs: 40,
    });
    renderApp("/r/charge-points");
    await screen.findByTestId("rate-limit-countdown");
    const calls = tenant.listCalls.length;
    tenant.failures.clear();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(41_000);
    });
    expect((await screen.findAllByTestId("list-row")).length).toBeGreaterThan(0);
    expect(tenant.listCalls.length).toBe(calls + 1);
  });
});
