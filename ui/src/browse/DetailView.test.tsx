import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

describe("the detail screen", { timeout: 20_000 }, () => {
  it("shows every field formatted, references as links, and the raw JSON", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points/3");
    const detail = await screen.findByTestId("detail-charge-points");
    expect(await within(detail).findByTestId("detail-field-name")).toHaveTextContent("CP 003");
    expect(tenant.readCalls[0]).toEqual({ operation: "chargePointRead", path: { chargePoint: 3 } });
    // The summary leads: the record's name, what it is, its status in words.
    const summary = within(detail).getByTestId("detail-summary");
    expect(within(summary).getByTestId("detail-title")).toHaveTextContent("CP 003");
    expect(within(summary).getByTestId("detail-subtitle")).toHaveTextContent("Charge point #3");
    expect(within(summary).getByTestId("summary-badge-status")).toHaveTextContent(
      "Status: Faulted",
    );
    expect(within(summary).getByTestId("place-location")).toHaveAttribute(
      "href",
      "/r/locations/102",
    );
    // Edit, delete and the record's actions come from the forms and actions modules.
    expect(screen.getByTestId("edit-button")).toBeInTheDocument();
    expect(screen.getByTestId("actions-menu")).toBeInTheDocument();
    expect(screen.getByTestId("detail-field-status")).toHaveTextContent("Faulted");
    expect(screen.getByTestId("detail-field-tags")).toHaveTextContent("fast, public");
    // A field the catalog does not list is still shown.
    expect(screen.getByTestId("detail-field-evses")).toBeInTheDocument();
    expect(screen.getByTestId("detail-field-location")).toHaveTextContent("Depot");

    const reference = within(screen.getByTestId("detail-field-locationId")).getByTestId(
      "reference-locationId",
    );
    expect(reference).toHaveTextContent("location 102");
    expect(reference).toHaveAttribute("href", "/r/locations/102");

    // The charge point's EVSEs are its child records: each row opens one.
    const evseLinks = within(screen.getByTestId("detail-field-evses")).getAllByTestId(
      "nested-link-charge-points.evses",
    );
    expect(evseLinks.map((link) => link.textContent)).toEqual(["EVSE 1", "EVSE 2"]);

    await user.click(screen.getByTestId("detail-tab-raw"));
    const raw = await screen.findByTestId("detail-raw-json");
    expect(JSON.parse(raw.textContent ?? "")).toMatchObject({ id: 3, name: "CP 003" });
  });

  it("masks a secret the record carries, in its field and in the raw JSON", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points/3");
    const field = await screen.findByTestId("detail-field-pin");
    expect(field).toHaveTextContent("••••••••");
    expect(field).not.toHaveTextContent("4703");
    await user.click(screen.getByTestId("detail-tab-raw"));
    const raw = await screen.findByTestId("detail-raw-json");
    expect(JSON.parse(raw.textContent ?? "")).toMatchObject({ pin: "••••••••" });
    expect(raw).not.toHaveTextContent("4703");
  });

  it("walks from a charge point to its EVSEs and on to an EVSE's connectors", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points/1");
    await user.click(await screen.findByTestId("detail-child-charge-points.evses"));
    expect(await screen.findByTestId("list-charge-points.evses")).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId("list-row")).toHaveLength(2));
    expect(tenant.listCalls.at(-1)).toMatchObject({
      operation: "chargePointEvsesListing",
      path: { chargePoint: 1 },
    });
    expect(screen.getByTestId("parent-link")).toHaveTextContent("Charge point 1");

    await user.click(screen.getAllByTestId("list-row")[1]!);
    expect(await screen.findByTestId("detail-charge-points.evses")).toBeInTheDocument();
    expect(history.location.pathname).toBe("/r/charge-points.evses/12");
    await waitFor(() =>
      expect(tenant.readCalls).toContainEqual({
        operation: "chargePointEvseRead",
        path: { chargePoint: 1, evse: 12 },
      }),
    );

    await user.click(await screen.findByTestId("detail-child-charge-points.evses.connectors"));
    await waitFor(() => expect(screen.getAllByTestId("list-row")).toHaveLength(1));
    expect(tenant.listCalls.at(-1)).toMatchObject({
      operation: "chargePointEvseConnectorsListing",
      path: { chargePoint: 1, evse: 12 },
    });
  });

  it("opens a session's connector through the charge point and EVSE the session names", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/r/sessions/501");
    const detail = await screen.findByTestId("detail-sessions");
    const field = (name: string) => within(detail).getByTestId(`detail-field-${name}`);
    await within(detail).findByTestId("detail-field-connectorId");
    expect(within(field("chargePointId")).getByTestId("reference-chargePointId")).toHaveAttribute(
      "href",
      "/r/charge-points/1",
    );
    expect(
      within(field("originalSessionId")).getByTestId("reference-originalSessionId"),
    ).toHaveAttribute("href", "/r/sessions/500");
    expect(
      within(field("paymentMethodId")).getByTestId("reference-paymentMethodId"),
    ).toHaveAttribute("href", expect.stringMatching(/^\/r\/users\.payment-methods\/card-9\?path=/));

    const connector = within(field("connectorId")).getByTestId("reference-connectorId");
    expect(connector).toHaveTextContent("connector 21");
    await user.click(connector);
    expect(await screen.findByTestId("detail-charge-points.evses.connectors")).toBeInTheDocument();
    expect(history.location.pathname).toBe("/r/charge-points.evses.connectors/21");
    await waitFor(() =>
      expect(tenant.readCalls).toContainEqual({
        operation: "chargePointEvseConnectorRead",
        path: { chargePoint: 1, evse: 12, connector: 21 },
      }),
    );
    expect(await screen.findByTestId("detail-field-name")).toHaveTextContent("Type 2");
    // Back to the connectors of that EVSE, not of some other one.
    expect(screen.getByTestId("detail-back")).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/r\/charge-points\.evses\.connectors\?path=/),
    );
  });

  it("leads a session with its status, place, driver and energy before any field", async () => {
    installFakeTenant();
    renderApp("/r/sessions/501");
    const summary = await screen.findByTestId("detail-summary");
    expect(within(summary).getByTestId("detail-title")).toHaveTextContent("Session #501");
    expect(within(summary).getByTestId("summary-badge-status")).toHaveTextContent(
      "Status: Finished",
    );
    // Where it ran: the charge point, its EVSE and the connector, each opening its record.
    expect(within(summary).getByTestId("place-charge-point")).toHaveAttribute(
      "href",
      "/r/charge-points/1",
    );
    expect(within(summary).getByTestId("place-evse")).toHaveAttribute("href", "/r/evses/12");
    expect(within(summary).getByTestId("place-connector")).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/r\/charge-points\.evses\.connectors\/21\?path=/),
    );
    expect(within(summary).getByTestId("fact-link-userId")).toHaveAttribute("href", "/r/users/7");
    expect(within(summary).getByTestId("detail-fact-energy")).toHaveTextContent("12 kWh");
    // The summary comes before the fields.
    const fields = await screen.findByTestId("detail-group-identity");
    expect(summary.compareDocumentPosition(fields) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("offers Unlock on a connector's own screen, sent to its charge point and EVSE", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp(
      "/r/charge-points.evses.connectors/21?path=%7B%22chargePoint%22%3A%221%22%2C%22evse%22%3A%2212%22%7D",
    );
    const unlock = await screen.findByTestId("nested-action-chargePointEvseUnlock");
    expect(within(screen.getByTestId("detail-summary")).getByTestId("place-evse")).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/r\/charge-points\.evses\/12\?path=/),
    );
    await user.click(unlock);
    await user.click(await screen.findByTestId("form-submit"));
    // It disrupts charging, so it asks first, naming the charge point the unlock goes to.
    expect(await screen.findByTestId("confirm-dialog")).toHaveTextContent(
      "Unlock the connector of charge point",
    );
  });

  it("shows a nested reference as plain text when its record lacks a parent id", async () => {
    installFakeTenant();
    renderApp("/r/sessions/502");
    const connector = await screen.findByTestId("detail-field-connectorId");
    expect(connector).toHaveTextContent("21");
    expect(within(connector).queryByTestId("reference-connectorId")).toBeNull();
    expect(
      within(screen.getByTestId("detail-field-chargePointId")).getByTestId(
        "reference-chargePointId",
      ),
    ).toBeInTheDocument();
  });

  it("explains a record that does not exist", async () => {
    installFakeTenant();
    renderApp("/r/charge-points/999");
    expect(await screen.findByTestId("detail-error")).toHaveTextContent("Record not found");
  });

  it("refreshes the record on request", async () => {
    const tenant = installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points/2");
    await screen.findByTestId("detail-field-name");
    await user.click(screen.getByTestId("detail-refresh"));
    await waitFor(() => expect(tenant.readCalls).toHaveLength(2));
  });
});
