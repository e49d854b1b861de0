import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

const rowIds = () =>
  screen.getAllByTestId("list-row").map((row) => row.getAttribute("data-record-id"));

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

  it("deletes a record from its row after a confirmation naming it, without opening it", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    const second = screen.getAllByTestId("list-row")[1]!;
    await user.click(within(second).getByTestId("delete-button"));
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

    // Charge points have many filters: the bar starts folded.
    expect(screen.queryByTestId("filter-type")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("filter-toggle"));
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
    expect(screen.getByTestId("filter-toggle")).toHaveTextContent("Filters (2 active)");
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
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    expect(screen.getByRole("columnheader", { name: /Network ID/ })).toBeInTheDocument();
    await user.click(screen.getByTestId("column-chooser"));
    await user.click(await screen.findByTestId("column-option-networkId"));
    await waitFor(() =>
      expect(screen.queryByRole("columnheader", { name: /Network ID/ })).not.toBeInTheDocument(),
    );
    first.unmount();

    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0));
    expect(screen.queryByRole("columnheader", { name: /Network ID/ })).not.toBeInTheDocument();
  });

  it("sorts the loaded page by a column, and says so", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    await user.click(screen.getByTestId("sort-id"));
    await waitFor(() => expect(rowIds()[0]).toBe("25"));
    await user.click(screen.getByTestId("sort-id"));
    await waitFor(() => expect(rowIds()[0]).toBe("1"));
    expect(screen.getByTestId("sort-id")).toHaveAccessibleName(/Sort this page by ID/);
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
});
