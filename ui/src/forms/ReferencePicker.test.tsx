import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../test/renderWithProviders";
import { RecordForm } from "./RecordForm";
import { referenceParentPath, referenceTarget } from "./references";
import { mockBackend, writesOf, type Call } from "./testing/backend";

const USERS = [
  { id: 7, email: "ann@example.com", firstName: "Ann" },
  { id: 8, email: "bob@example.com", firstName: "Bob" },
];

function listingCalls(calls: Call[]) {
  return calls.filter((call) => call.command === "list_records");
}

function renderAssignForm() {
  const calls = mockBackend({
    handlers: {
      list_records: (args) => {
        const filter = (args.request as { query: { filter: Record<string, string> } }).query.filter;
        const text = Object.values(filter)[0] ?? "";
        const records = USERS.filter((user) => user.email.includes(text));
        return { records, next: null, total: records.length, meta: null };
      },
    },
  });
  renderWithProviders(
    <RecordForm
      kind="action"
      operationId="sessionAssignToUser"
      path={{ session: 3 }}
      submitLabel="Assign"
      onSuccess={() => {}}
    />,
  );
  return calls;
}

describe("reference picker", () => {
  it("searches the referenced listing by its filter and shows records by name", async () => {
    const calls = renderAssignForm();
    const picker = await screen.findByTestId("reference-picker-userId");
    await userEvent.type(picker, "bob@");
    await waitFor(() =>
      expect(listingCalls(calls).at(-1)!.args).toMatchObject({
        operation: "usersListing",
        request: { query: { perPage: 50, filter: { email: "bob@" } } },
      }),
    );
    await userEvent.click(await screen.findByRole("option", { name: "Bob · #8", hidden: true }));
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(writesOf(calls)[0]!.args).toMatchObject({ request: { body: { userId: 8 } } });
  });

  it("narrows the first page by the typed text where no filter fits", async () => {
    const calls = renderAssignForm();
    const picker = await screen.findByTestId("reference-picker-userId");
    await userEvent.type(picker, "ann");
    const option = await screen.findByRole("option", {
      name: "Ann · #7",
      hidden: true,
    });
    await waitFor(() =>
      expect(screen.queryByRole("option", { name: "Bob · #8", hidden: true })).toBeNull(),
    );
    await userEvent.click(option);
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(writesOf(calls)[0]!.args).toMatchObject({ request: { body: { userId: 7 } } });
  });

  it("accepts a typed id the listing did not return", async () => {
    const calls = renderAssignForm();
    const picker = await screen.findByTestId("reference-picker-userId");
    await userEvent.type(picker, "42");
    await userEvent.click(await screen.findByRole("option", { name: "#42", hidden: true }));
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(writesOf(calls)[0]!.args).toMatchObject({ request: { body: { userId: 42 } } });
  });
});

describe("a record that lists one id twice", () => {
  it("opens its edit form with the id chosen once", async () => {
    mockBackend({
      handlers: {
        list_records: (args) =>
          args.operation === "tariffsListing"
            ? {
                records: [
                  { id: 3, name: "Night" },
                  { id: 3, name: "Night" },
                  { id: 4, name: "Day" },
                ],
                next: null,
                total: 3,
                meta: null,
              }
            : { records: [], next: null, total: 0, meta: null },
      },
    });
    renderWithProviders(
      <RecordForm
        kind="update"
        operationId="tariffGroupUpdate"
        path={{ tariffGroup: 1 }}
        record={{ id: 1, name: "Standard Tariffs", tariffIds: [3, 3] }}
        submitLabel="Save"
        onSuccess={() => {}}
      />,
    );
    const picker = await screen.findByTestId("reference-picker-tariffIds");
    await userEvent.click(picker);
    expect(await screen.findAllByTestId("reference-option-3")).toHaveLength(1);
  });
});

describe("reference targets of form fields", () => {
  it("picks records of top-level resources the catalog links by name or alias", () => {
    expect(referenceTarget("userId")).toEqual({ resource: "users", many: false, parents: {} });
    expect(referenceTarget("planId")).toEqual({
      resource: "subscription-plans",
      many: false,
      parents: {},
    });
    expect(referenceTarget("evseIds")).toEqual({ resource: "evses", many: true, parents: {} });
  });

  it("leaves names that are plain text in some request body as plain inputs", () => {
    // A model's vendorId names a vendor record; a vendor error code's is the vendor's text.
    expect(referenceTarget("vendorId")).toBeNull();
    // A session's terminalId is a payment terminal; a Nayax terminal's is its device number.
    expect(referenceTarget("terminalId")).toBeNull();
  });

  it("points nested references at their listing under the parents' fields", () => {
    expect(referenceTarget("paymentMethodId")).toEqual({
      resource: "users.payment-methods",
      many: false,
      parents: { user: "userId" },
    });
    expect(referenceTarget("connectorId")).toMatchObject({
      resource: "charge-points.evses.connectors",
      parents: { chargePoint: "chargePointId", evse: "evseId" },
    });
    expect(referenceTarget("chargingZoneId")).toMatchObject({
      resource: "locations.charging-zones",
      parents: { location: "locationId" },
    });
  });

  it("fills a nested listing's parents from the path first, then from the form", () => {
    const parents = { chargePoint: "chargePointId", evse: "evseId" };
    expect(referenceParentPath(parents, { chargePoint: 3 }, { evseId: 9 })).toEqual({
      chargePoint: 3,
      evse: 9,
    });
    expect(referenceParentPath(parents, {}, { chargePointId: 3 })).toBeNull();
  });
});
