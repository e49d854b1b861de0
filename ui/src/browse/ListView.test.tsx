import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { LISTING_DATA_MARK, LISTING_DATA_TO_PAINT } from "./listingTiming";
import { installFakeTenant } from "./testing/fakeTenant";

const rowIds = () =>
  screen.getAllByTestId("list-row").map((row) => row.getAttribute("data-record-id"));
/** How many records the table holds (its rows are virtualized: only some are rendered). */
const tableRowCount = () =>
  Number(screen.getByTestId("record-table").getAttribute("aria-rowcount"));

// Whole-app renders on a busy machine take seconds; the default 5 s is too tight.
describe("the list screen", { timeout: 20_000 }, () => {
  it("shows the first page of records with formatted values", async () => {
    installFakeTenant();
    renderApp("/r/charge-points");
    expect(await screen.findByTestId("list-charge-points")).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    const first = screen.getAllByTestId("list-row")[0]!;
    expect(first).toHaveAttribute("data-record-id", "1");
    expect(first).toHaveTextContent("CP 001");
    expect(first).toHaveTextContent("Available");
    expect(screen.getByTestId("list-summary")).toHaveTextContent("25 charge points on this page");
    // Creating records is offered from the listing, by the forms module.
    expect(screen.getByTestId("create-button")).toBeInTheDocument();
  });

  it("opens the record a reference cell names, not the row's own record", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    const first = screen.getAllByTestId("list-row")[0]!;
    const location = within(first).getByTestId("cell-link-locationId");
    expect(location).toHaveTextContent("100");
    await user.click(location);
    await waitFor(() => expect(history.location.pathname).toBe("/r/locations/100"));
    // The row itself still opens its own record.
    history.back();
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    await user.click(within(screen.getAllByTestId("list-row")[0]!).getAllByRole("cell")[0]!);
    await waitFor(() => expect(history.location.pathname).toBe("/r/charge-points/1"));
  });

  it("keeps the row buttons pinned to the table's right edge", async () => {
    installFakeTenant();
    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    const first = screen.getAllByTestId("list-row")[0]!;
    const button = await within(first).findByTestId("actions-menu");
    const cell = button.closest('[role="cell"]') as HTMLElement;
    expect(cell.style.position).toBe("sticky");
    expect(cell.style.right).toBe("0px");
  });

  it("has no row buttons column where no row would show a button", async () => {
    // A read-only profile may not delete or act: an empty pinned column would only cover the
    // last columns of values.
    installFakeTenant({ readOnly: true });
    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    expect(screen.queryByText("Row actions")).not.toBeInTheDocument();
    const first = screen.getAllByTestId("list-row")[0]!;
    const pinned = within(first)
      .getAllByRole("cell")
      .filter((cell) => cell.style.position === "sticky");
    expect(pinned).toHaveLength(0);
    expect(screen.queryByTestId("actions-menu")).not.toBeInTheDocument();
  });

  it("deletes a record from its row after a confirmation naming it, without opening it", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    const second = screen.getAllByTestId("list-row")[1]!;
    // Row buttons join the rows once these are painted; Delete waits in the row's menu.
    expect(within(second).queryByTestId("delete-button")).not.toBeInTheDocument();
    await user.click(await within(second).findByTestId("actions-menu"));
    await user.click(await screen.findByTestId("row-delete"));
    const dialog = await screen.findByTestId("confirm-dialog");
    expect(dialog).toHaveTextContent("CP 002");
    expect(screen.queryByTestId("detail-charge-points")).not.toBeInTheDocument();
    await user.click(within(dialog).getByTestId("confirm-yes"));
    await waitFor(() => expect(tenant.deleteCalls).toHaveLength(1));
    expect(tenant.deleteCalls[0]).toEqual({
      operation: "chargePointDelete",
      path: { chargePoint: 2 },
    });
  });

  it("walks cursor pages forward and back through the cursor trail, in the URL", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    expect(screen.getByTestId("page-prev")).toBeDisabled();

    await user.click(screen.getByTestId("page-next"));
    await waitFor(() => expect(rowIds()[0]).toBe("26"));
    expect(tenant.listCalls.at(-1)?.query).toMatchObject({ cursor: "after-25", perPage: 25 });
    expect(history.location.search).toContain("after-25");

    await user.click(screen.getByTestId("page-next"));
    await waitFor(() => expect(rowIds()[0]).toBe("51"));
    expect(screen.getByTestId("page-next")).toBeDisabled();
    expect(screen.getByTestId("page-number")).toHaveTextContent("Page 3");

    await user.click(screen.getByTestId("page-prev"));
    await waitFor(() => expect(rowIds()[0]).toBe("26"));
    history.back();
    await waitFor(() => expect(rowIds()[0]).toBe("51"));
  });

  it("filters from the filter bar, shows the filter as a chip, and clears it", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()).toContain("2"));

    // Charge points have many filters: the few used most show, the rest wait behind a button.
    expect(screen.queryByTestId("filter-circuitId")).not.toBeInTheDocument();
    expect(screen.queryByTestId("include-toggles")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("filter-type"));
    await user.click(await screen.findByRole("option", { name: "Personal", hidden: true }));

    expect(await screen.findByTestId("filter-chip-type")).toHaveTextContent("Type: Personal");
    await waitFor(() =>
      expect(tenant.listCalls.at(-1)?.query.filter).toEqual({ type: "personal" }),
    );
    await waitFor(() => expect(rowIds().every((id) => Number(id) % 3 === 0)).toBe(true));
    expect(decodeURIComponent(history.location.search)).toContain("personal");

    await user.click(screen.getByTestId("filter-chip-remove-type"));
    await waitFor(() => expect(screen.queryByTestId("filter-chip-type")).not.toBeInTheDocument());
    await waitFor(() => expect(rowIds()).toContain("2"));
  });

  it("reads filters from a deep link and offers a widget for each kind of filter", async () => {
    installFakeTenant();
    renderApp(
      `/r/charge-points?filter=${encodeURIComponent(JSON.stringify({ type: "private", circuitId: "7" }))}`,
    );
    expect(await screen.findByTestId("filter-chip-type")).toHaveTextContent("Type: Private");
    expect(screen.getByTestId("filter-chip-circuitId")).toHaveTextContent("Circuit ID: 7");
    expect(screen.getByTestId("filter-toggle")).toHaveTextContent("More filters (1 set)");
    await userEvent.setup().click(screen.getByTestId("filter-toggle"));
    expect(screen.getByTestId("filter-circuitId")).toHaveValue("7");
    await waitFor(() => expect(screen.getByTestId("list-empty")).toBeInTheDocument());
    // Date-time ranges, text and include toggles come from the catalog too.
    expect(screen.getByTestId("filter-lastUpdatedAfter")).toBeInTheDocument();
    expect(screen.getByTestId("filter-lastUpdatedBefore")).toBeInTheDocument();
    expect(screen.getByTestId("include-toggles")).toBeInTheDocument();
  });

  it("explains an empty result and names the active filters", async () => {
    const tenant = installFakeTenant();
    renderApp(`/r/charge-points?filter=${encodeURIComponent(JSON.stringify({ name: "Nowhere" }))}`);
    const empty = await screen.findByTestId("list-empty");
    expect(empty).toHaveTextContent("No charge points match these filters: Name: Nowhere.");
    expect(tenant.listCalls.at(-1)?.query.filter).toEqual({ name: "Nowhere" });
  });

  it("changes the page size and starts again from the first page", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    await user.click(screen.getByTestId("page-size"));
    await user.click(await screen.findByRole("option", { name: "100 per page", hidden: true }));
    await waitFor(() =>
      expect(tenant.listCalls.at(-1)?.query).toMatchObject({ perPage: 100, cursor: "" }),
    );
    await waitFor(() => expect(screen.getByTestId("page-next")).toBeDisabled());
  });

  it("shows errors in plain words with a retry", async () => {
    const tenant = installFakeTenant();
    tenant.failures.set("chargePointsListing", {
      kind: "server",
      message: "Server Error",
      status: 500,
    });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    const error = await screen.findByTestId("list-error");
    expect(error).toHaveTextContent("The tenant ran into a problem");
    tenant.failures.clear();
    await user.click(within(error).getByTestId("error-retry"));
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0));
  });

  it("asks to re-enter the token when the tenant rejects it", async () => {
    const tenant = installFakeTenant();
    tenant.failures.set("chargePointsListing", {
      kind: "unauthorized",
      message: "Unauthenticated.",
    });
    renderApp("/r/charge-points");
    await screen.findByTestId("list-error");
    expect(screen.getByTestId("reenter-token")).toHaveAttribute("href", "/connect");
  });

  it("says the token lacks permission on 403", async () => {
    const tenant = installFakeTenant();
    tenant.failures.set("chargePointsListing", {
      kind: "forbidden",
      message: "This action is unauthorized.",
    });
    renderApp("/r/charge-points");
    expect(await screen.findByTestId("list-error")).toHaveTextContent(
      "The API token lacks permission",
    );
  });

  it("points to connecting a tenant before one is connected", async () => {
    installFakeTenant({ notConnected: true });
    renderApp("/r/charge-points");
    expect(await screen.findByTestId("browse-not-connected")).toHaveTextContent("Connect a tenant");
    expect(screen.queryByTestId("list-error")).not.toBeInTheDocument();
  });

  it("remembers the column choice per resource", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    const first = renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"), { timeout: 10_000 });
    expect(screen.getByRole("columnheader", { name: /Network status/ })).toBeInTheDocument();
    await user.click(screen.getByTestId("column-chooser"));
    await user.click(await screen.findByTestId("column-option-networkStatus"));
    await waitFor(() =>
      expect(
        screen.queryByRole("columnheader", { name: /Network status/ }),
      ).not.toBeInTheDocument(),
    );
    first.unmount();

    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0), {
      timeout: 10_000,
    });
    expect(screen.queryByRole("columnheader", { name: /Network status/ })).not.toBeInTheDocument();
  });

  it("keeps the columns' order when one is turned off and another on", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"), { timeout: 10_000 });
    // Each heading by the column it heads.
    const headings = () =>
      screen.getAllByRole("columnheader").map((heading) => heading.getAttribute("data-column"));
    const before = headings();
    await user.click(screen.getByTestId("column-chooser"));
    await user.click(await screen.findByTestId("column-option-networkStatus"));
    await user.click(await screen.findByTestId("column-option-externalId"));
    await waitFor(() => expect(headings()).toContain("externalId"));
    const after = headings();
    // The rest stay where they were; the new one joins at the end (before the row buttons).
    expect(after.filter((column) => column !== "externalId")).toEqual(
      before.filter((column) => column !== "networkStatus"),
    );
    const values = after.filter((column) => column !== "row-actions" && column !== "select");
    expect(values.at(-1)).toBe("externalId");
  });

  it("sorts the loaded records by a column, and says so", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    await user.click(screen.getByTestId("sort-id"));
    await waitFor(() => expect(rowIds()[0]).toBe("25"));
    await user.click(screen.getByTestId("sort-id"));
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    expect(screen.getByTestId("sort-id")).toHaveAccessibleName(/Sort the loaded records by ID/);
  });

  it("says an older API version is deprecated and links to the current one", async () => {
    installFakeTenant();
    renderApp("/r/charge-points-v1-0");
    const notice = await screen.findByTestId("older-version-notice");
    expect(notice).toHaveTextContent("version v1.0");
    expect(within(notice).getByRole("link", { name: "Charge points" })).toHaveAttribute(
      "href",
      "/r/charge-points",
    );
  });

  it("opens a record's detail screen on row click", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    await user.click(screen.getAllByTestId("list-row")[2]!);
    expect(await screen.findByTestId("detail-charge-points")).toBeInTheDocument();
    expect(history.location.pathname).toBe("/r/charge-points/3");
  });

  it("asks for the parent when a nested listing is opened without one", async () => {
    installFakeTenant();
    renderApp("/r/charge-points.evses");
    expect(await screen.findByTestId("list-needs-parent")).toHaveTextContent(
      "Open them from its page",
    );
  });

  it("appends the next page below the loaded records, and sorts all of them", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    expect(screen.getByTestId("loaded-count")).toHaveTextContent("25 loaded");
    const urlBefore = history.location.search;

    await user.click(screen.getByTestId("load-more"));
    await waitFor(() => expect(screen.getByTestId("loaded-count")).toHaveTextContent("50 loaded"));
    expect(tableRowCount()).toBe(50);
    expect(rowIds()[0]).toBe("1");
    expect(tenant.listCalls.at(-1)?.query).toMatchObject({ cursor: "after-25", perPage: 25 });
    expect(screen.getByTestId("list-summary")).toHaveTextContent(
      "50 charge points loaded from 2 pages",
    );
    // One way to page at a time: with pages added below, Previous and Next step aside.
    expect(screen.queryByTestId("page-number")).not.toBeInTheDocument();
    expect(screen.queryByTestId("page-next")).not.toBeInTheDocument();
    // The URL still names the first page: a reload shows that page.
    expect(history.location.search).toBe(urlBefore);

    // Sorting covers every loaded record, not only the first page.
    await user.click(screen.getByTestId("sort-id"));
    await waitFor(() => expect(rowIds()[0]).toBe("50"));
  });

  it("loads all pages one after another until the last", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    await user.click(screen.getByTestId("load-all"));
    await waitFor(() =>
      expect(screen.getByTestId("loaded-count")).toHaveTextContent("All 60 loaded"),
    );
    expect(tableRowCount()).toBe(60);
    expect(tenant.listCalls.map((call) => call.query.cursor)).toEqual(["", "after-25", "after-50"]);
    expect(screen.queryByTestId("load-more")).not.toBeInTheDocument();
    expect(screen.queryByTestId("page-next")).not.toBeInTheDocument();
  });

  it("pauses auto-refresh while many pages are loaded, and says so", async () => {
    installFakeTenant({ chargePointCount: 200 });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    await user.click(screen.getByTestId("auto-refresh"));
    expect(screen.queryByText(/Paused while more than/)).not.toBeInTheDocument();
    await user.click(screen.getByTestId("load-all"));
    await waitFor(() =>
      expect(screen.getByTestId("loaded-count")).toHaveTextContent("All 200 loaded"),
    );
    expect(screen.getByText("Paused while more than 5 pages are loaded")).toBeInTheDocument();
  });

  it("shows the progress of loading all against the total, and stops on request", async () => {
    const tenant = installFakeTenant({ vendorCount: 2000, listDelayMs: 150 });
    const user = userEvent.setup();
    renderApp("/r/charge-point-vendors");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    expect(screen.getByTestId("loaded-count")).toHaveTextContent("25 of 2,000 loaded");

    await user.click(screen.getByTestId("load-all"));
    expect(await screen.findByTestId("load-all-progress")).toBeInTheDocument();
    await waitFor(() => expect(tableRowCount()).toBeGreaterThanOrEqual(75));
    expect(screen.getByTestId("loaded-count")).toHaveTextContent(/^Loading all: \d+ of 2,000/);
    await user.click(screen.getByTestId("load-all-stop"));

    await waitFor(() => expect(screen.queryByTestId("load-all-stop")).not.toBeInTheDocument());
    expect(screen.queryByTestId("load-all-progress")).not.toBeInTheDocument();
    const loaded = tableRowCount();
    expect(loaded).toBeLessThan(2000);
    expect(screen.getByTestId("loaded-count")).toHaveTextContent(`${loaded} of 2,000 loaded`);
    // The pages asked for walk forward one at a time from the URL's page.
    const pages = tenant.listCalls.map((call) => call.query.page);
    expect(pages.slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect(screen.getByTestId("load-more")).toBeEnabled();
  });

  it("pages with Previous and Next until Load more adds pages below", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points?perPage=10");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    await user.click(screen.getByTestId("page-next"));
    await waitFor(() => expect(rowIds()[0]).toBe("11"));
    expect(screen.getByTestId("page-number")).toHaveTextContent("Page 2");
    expect(history.location.search).toContain("after-10");

    await user.click(screen.getByTestId("load-more"));
    await waitFor(() => expect(tableRowCount()).toBe(20));
    expect(screen.queryByTestId("page-prev")).not.toBeInTheDocument();
    expect(screen.getByTestId("loaded-count")).toHaveTextContent("20 loaded");
  });

  it("starts again from one page when the page size changes", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    await user.click(screen.getByTestId("load-more"));
    await waitFor(() => expect(tableRowCount()).toBe(50));

    await user.click(screen.getByTestId("page-size"));
    await user.click(await screen.findByRole("option", { name: "10 per page", hidden: true }));
    await waitFor(() => expect(tableRowCount()).toBe(10));
    expect(screen.getByTestId("loaded-count")).toHaveTextContent("10 loaded");
    expect(screen.getByTestId("page-number")).toHaveTextContent("Page 1");
  });

  it("keeps the loaded records when the next page fails, with the error in plain words", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    tenant.failures.set("chargePointsListing", {
      kind: "server",
      message: "Server Error",
      status: 500,
    });
    await user.click(screen.getByTestId("load-more"));
    const bar = screen.getByTestId("load-more-bar");
    expect(await within(bar).findByTestId("error-notice")).toHaveTextContent(
      "The tenant ran into a problem",
    );
    expect(tableRowCount()).toBe(25);
    expect(screen.queryByTestId("list-error")).not.toBeInTheDocument();

    tenant.failures.clear();
    await user.click(within(bar).getByTestId("error-retry"));
    await waitFor(() => expect(tableRowCount()).toBe(50));
    expect(within(bar).queryByTestId("error-notice")).not.toBeInTheDocument();
  });

  it("keeps the loaded records when Load all fails, and says why", async () => {
    const tenant = installFakeTenant({ chargePointCount: 200 });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(tableRowCount()).toBe(25));
    tenant.failures.set("chargePointsListing", {
      kind: "server",
      message: "Server Error",
      status: 500,
    });
    await user.click(screen.getByTestId("load-all"));
    const bar = screen.getByTestId("load-more-bar");
    expect(await within(bar).findByTestId("error-notice")).toHaveTextContent(
      "The tenant ran into a problem",
    );
    expect(tableRowCount()).toBe(25);
    expect(screen.queryByTestId("load-all-stop")).not.toBeInTheDocument();
  });

  it("marks when a listing's data arrives and when its rows are painted", async () => {
    performance.clearMarks();
    performance.clearMeasures();
    installFakeTenant();
    renderApp("/r/charge-points");
    await waitFor(
      () => expect(performance.getEntriesByName(LISTING_DATA_TO_PAINT).length).toBeGreaterThan(0),
      // The paint mark waits for two animation frames, which jsdom runs late on a busy machine.
      { timeout: 10_000 },
    );
    const arrived = performance.getEntriesByName(LISTING_DATA_MARK).at(-1) as PerformanceMark;
    expect(arrived.detail).toEqual({ resource: "charge-points", records: 25 });
    expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0);
  });
});
