import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

describe("exporting from the list screen", { timeout: 20_000 }, () => {
  const saved: Blob[] = [];
  beforeEach(() => {
    saved.length = 0;
    // jsdom has no object URLs; keep the Blob the download would have saved.
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push(blob as Blob);
      return "blob:export";
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it("exports every page with the filters, shows progress, and reports the count", async () => {
    const tenant = installFakeTenant({ chargePointCount: 450, listDelayMs: 300 });
    const user = userEvent.setup();
    renderApp(`/r/charge-points?filter=${encodeURIComponent(JSON.stringify({ type: "private" }))}`);
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0));
    await user.click(screen.getByTestId("export-button"));
    await user.click(await screen.findByTestId("export-jsonl"));
    expect(await screen.findByTestId("export-progress")).toBeInTheDocument();
    const summary = await screen.findByTestId("export-summary", {}, { timeout: 5000 });
    expect(summary).toHaveAttribute("data-written", "150");
    const lines = (await saved[0]!.text()).trim().split("\n");
    expect(lines).toHaveLength(150);
    expect(tenant.listCalls.at(-1)?.query.filter).toEqual({ type: "private" });
  });

  it("cancels an export on request and saves nothing", async () => {
    installFakeTenant({ chargePointCount: 5000, listDelayMs: 100 });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0));
    await user.click(screen.getByTestId("export-button"));
    await user.click(await screen.findByTestId("export-csv"));
    await user.click(await screen.findByTestId("export-cancel"));
    await waitFor(() => expect(screen.queryByTestId("export-progress")).not.toBeInTheDocument());
    expect(screen.getByTestId("export-button")).toBeInTheDocument();
    expect(screen.queryByTestId("export-summary")).not.toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });
});
