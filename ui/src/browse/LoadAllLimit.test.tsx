import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

// A small limit, so the walk reaches it in a few pages of the fake tenant.
vi.mock("../overlay/records", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../overlay/records")>()),
  LOAD_ALL_MAX_RECORDS: 60,
}));

const tableRowCount = () =>
  Number(screen.getByTestId("record-table").getAttribute("aria-rowcount"));

// Generous waits: three pages of a full table render slowly on a busy machine.
describe("load all", { timeout: 60_000 }, () => {
  it("goes to 100,000 records in the app, as the README tells operators", async () => {
    const actual = await vi.importActual<typeof import("../overlay/records")>("../overlay/records");
    expect(actual.LOAD_ALL_MAX_RECORDS).toBe(100_000);
  });

  it("stops at the record limit, says why and points to export", async () => {
    const tenant = installFakeTenant({ chargePointCount: 200 });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(tableRowCount()).toBe(25), { timeout: 10_000 });
    await user.click(screen.getByTestId("load-all"));
    expect(await screen.findByTestId("load-all-limit", {}, { timeout: 20_000 })).toHaveTextContent(
      "Load all stops at 60 records",
    );
    expect(screen.getByTestId("load-all-limit")).toHaveTextContent("Export");
    expect(tableRowCount()).toBe(75);
    expect(tenant.listCalls).toHaveLength(3);
    expect(screen.getByTestId("loaded-count")).toHaveTextContent("75 loaded");
    // Load more still goes on, one page at a time, for whoever asks.
    await user.click(screen.getByTestId("load-more"));
    await waitFor(() => expect(tableRowCount()).toBe(100), { timeout: 10_000 });
  });
});
