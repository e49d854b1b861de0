import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

const locationCell = (row: number) =>
  within(screen.getAllByTestId("list-row")[row]!).getByTestId("cell-link-locationId");

// Whole-app renders on a busy machine take seconds; the default 5 s is too tight.
describe("names for references", { timeout: 20_000 }, () => {
  it("shows ids at once and fills in names with one command per target for the page", async () => {
    let release = () => {};
    const namesHeld = new Promise<void>((resolve) => (release = resolve));
    const tenant = installFakeTenant({ namesHeld });
    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    // The table does not wait for names: the id is there while they are on their way.
    expect(locationCell(0)).toHaveTextContent(/^100$/);
    await waitFor(() => expect(tenant.nameCalls.length).toBeGreaterThan(0));
    release();
    await waitFor(() => expect(locationCell(0)).toHaveTextContent("Munich Central · #100"));
    expect(locationCell(1)).toHaveTextContent("Hamburg Port · #101");
    // A long name in a narrow column ends in "…" inside the link, which fills at most its cell.
    expect(locationCell(0)).toHaveAttribute("data-truncate", "end");
    expect(locationCell(0)).toHaveStyle({ maxWidth: "100%", display: "block" });
    // Every row's location, each id once, in one command.
    const locationCalls = tenant.nameCalls.filter((call) => call.read === "locationRead");
    expect(locationCalls).toHaveLength(1);
    expect([...locationCalls[0]!.ids].sort()).toEqual(["100", "101", "102"]);
  });

  it("keeps the id of a reference it cannot name and says why on hover, still a link", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    const deleted = locationCell(2);
    await waitFor(() =>
      expect(deleted.querySelector("[data-name-state]")).toHaveAttribute(
        "data-name-state",
        "unresolved",
      ),
    );
    expect(deleted).toHaveTextContent(/^102$/);
    expect(deleted.querySelector("[title]")).toHaveAttribute(
      "title",
      expect.stringContaining("may have been deleted"),
    );
    await user.click(locationCell(0));
    await waitFor(() => expect(history.location.pathname).toBe("/r/locations/100"));
  });

  it("names the record a detail field refers to, beside its id", async () => {
    installFakeTenant();
    renderApp("/r/charge-points/1");
    const field = await screen.findByTestId("detail-field-locationId");
    const link = within(field).getByTestId("reference-locationId");
    await waitFor(() => expect(link).toHaveTextContent("Munich Central · #100"));
    expect(link).toHaveAttribute("href", "/r/locations/100");
  });

  it("exports with a column of names beside each named reference when asked", async () => {
    const tenant = installFakeTenant({ chargePointCount: 30 });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0));
    await user.click(screen.getByTestId("export-button"));
    const withNames = await screen.findByTestId("export-with-names");
    expect(withNames).toHaveAttribute("aria-checked", "false");
    await user.click(withNames);
    expect(withNames).toHaveAttribute("aria-checked", "true");
    await user.click(screen.getByTestId("export-csv"));
    await screen.findByTestId("export-summary");
    const columns = tenant.exportCalls[0]!.nameColumns;
    expect(columns.find((column) => column.field === "locationId")?.lookup.read).toBe(
      "locationRead",
    );

    // Without the option the records go out as they are.
    await user.click(screen.getByTestId("export-button"));
    await user.click(await screen.findByTestId("export-with-names"));
    await user.click(screen.getByTestId("export-jsonl"));
    await waitFor(() => expect(tenant.exportCalls).toHaveLength(2));
    expect(tenant.exportCalls[1]!.nameColumns).toEqual([]);
  });
});
