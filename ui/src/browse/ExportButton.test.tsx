import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

/** The charge point list of a fake tenant, its first rows shown; the tenant and a user. */
async function openChargePoints(options: Parameters<typeof installFakeTenant>[0], search = "") {
  const tenant = installFakeTenant(options);
  const user = userEvent.setup();
  renderApp(`/r/charge-points${search}`);
  await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0), {
    timeout: 10_000,
  });
  return { tenant, user };
}

describe("exporting from the list screen", { timeout: 20_000 }, () => {
  it("exports every page with the filters, shows progress, and reports the count", async () => {
    const { tenant, user } = await openChargePoints(
      { chargePointCount: 450, listDelayMs: 100 },
      `?filter=${encodeURIComponent(JSON.stringify({ type: "private" }))}`,
    );
    await user.click(screen.getByTestId("export-button"));
    await user.click(await screen.findByTestId("export-jsonl"));
    expect(await screen.findByTestId("export-progress")).toBeInTheDocument();
    // One status region announces the export from start to finish.
    const status = screen.getByTestId("export-status");
    expect(status).toHaveAttribute("role", "status");
    expect(status).toHaveTextContent(/Exporting/);
    const summary = await screen.findByTestId("export-summary", {}, { timeout: 5000 });
    expect(summary).toHaveAttribute("data-written", "150");
    expect(screen.getByTestId("export-status")).toBe(status);
    expect(status).toHaveTextContent("Export finished: 150 records saved to Downloads");
    expect(summary.getAttribute("data-path")).toMatch(/Downloads\/charge-points-.*\.jsonl$/);
    expect(tenant.exportCalls).toHaveLength(1);
    expect(tenant.exportCalls[0]!.query.filter).toEqual({ type: "private" });

    // The toast opens the file, or the folder holding it, through the OS.
    await user.click(await screen.findByTestId("export-open-file"));
    await user.click(screen.getByTestId("export-show-folder"));
    const path = summary.getAttribute("data-path")!;
    await waitFor(() =>
      expect(tenant.opened).toEqual([path, path.slice(0, path.lastIndexOf("/"))]),
    );
  });

  it("cancels an export on request and saves nothing", async () => {
    const { tenant, user } = await openChargePoints({ chargePointCount: 5000, listDelayMs: 100 });
    await user.click(screen.getByTestId("export-button"));
    await user.click(await screen.findByTestId("export-csv"));
    await user.click(await screen.findByTestId("export-cancel"));
    await waitFor(() => expect(screen.queryByTestId("export-progress")).not.toBeInTheDocument());
    expect(screen.getByTestId("export-button")).toBeInTheDocument();
    expect(screen.queryByTestId("export-summary")).not.toBeInTheDocument();
    expect(tenant.cancelled).toHaveLength(1);
  });

  it("gives focus back to Export after an export that ends at once", async () => {
    // A short listing exports within the few milliseconds focus waits for the screen to
    // settle: Cancel has come and gone by then, and focus must land on Export, not be lost.
    const { user } = await openChargePoints({ chargePointCount: 3 });
    await user.click(screen.getByTestId("export-button"));
    await user.click(await screen.findByTestId("export-csv"));
    await screen.findByTestId("export-summary", {}, { timeout: 5000 });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("export-button")));
    // And it stays there: nothing scheduled earlier takes it away afterwards.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(screen.getByTestId("export-button"));
  });
});
