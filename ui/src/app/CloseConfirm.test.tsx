import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { WorkInFlight } from "../bindings";
import { renderWithProviders } from "../test/renderWithProviders";
import { CloseConfirm } from "./CloseConfirm";
import { closeConsequences } from "./closeConsequences";

/** Stands in for the Rust side: keeps the channel the window registers, records closes. */
function mockCloseGuard() {
  const state: { report?: (work: WorkInFlight) => void; closes: number } = { closes: 0 };
  mockIPC((command, args) => {
    if (command === "watch_close_requests") {
      const channel = (args as { onRequest: { onmessage: (work: WorkInFlight) => void } })
        .onRequest;
      state.report = (work) => channel.onmessage(work);
      return null;
    }
    if (command === "close_window") {
      state.closes += 1;
      return null;
    }
    throw new Error(`unexpected command ${command}`);
  });
  return state;
}

describe("closing the window with work in flight", () => {
  it("says what would be cut off", () => {
    expect(closeConsequences({ exports: 1, changes: 0 })).toEqual([
      "An export is still writing its file. Closing now stops it before the file is complete.",
    ]);
    const both = closeConsequences({ exports: 2, changes: 3 });
    expect(both[0]).toMatch(/^2 exports are still writing/);
    expect(both[1]).toMatch(/^3 changes are on their way/);
    expect(closeConsequences({ exports: 0, changes: 0 })).toEqual([]);
  });

  it("asks when the Rust side holds a close back, and keeps the window open by default", async () => {
    const guard = mockCloseGuard();
    const user = userEvent.setup();
    renderWithProviders(<CloseConfirm />);
    await waitFor(() => expect(guard.report).toBeDefined());
    expect(screen.queryByTestId("close-confirm")).not.toBeInTheDocument();

    guard.report!({ exports: 0, changes: 1 });
    expect(await screen.findByTestId("close-confirm")).toHaveTextContent(
      "A change is on its way to the tenant",
    );
    await user.click(screen.getByTestId("close-keep-open"));
    await waitFor(() => expect(screen.queryByTestId("close-confirm")).not.toBeInTheDocument());
    expect(guard.closes).toBe(0);
  });

  it("closes the window on Close anyway", async () => {
    const guard = mockCloseGuard();
    const user = userEvent.setup();
    renderWithProviders(<CloseConfirm />);
    await waitFor(() => expect(guard.report).toBeDefined());
    guard.report!({ exports: 1, changes: 0 });
    await user.click(await screen.findByTestId("close-anyway"));
    await waitFor(() => expect(guard.closes).toBe(1));
  });
});
