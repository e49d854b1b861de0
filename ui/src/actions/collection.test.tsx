import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { findResource } from "../catalog/catalogIndex";
import { mockBackend, writesOf } from "../forms/testing/backend";
import { renderWithProviders } from "../test/renderWithProviders";
import { CollectionChanges } from "./CollectionChanges";
import { collectionActions, collectionUpdates, updatesOneRecord } from "./collection";
import { RecordActions } from "./RecordActions";

const resource = (key: string) => findResource(key)!;

describe("changes to a whole listing", () => {
  it("finds record-less updates, update-only children and record-less actions", () => {
    expect(collectionUpdates(resource("charge-points.shared-partners"))).toMatchObject([
      { operationId: "chargePointSharedPartnersSync" },
    ]);
    expect(
      collectionUpdates(resource("roaming-operators.custom-tariff-filters")).map(
        (update) => update.operationId,
      ),
    ).toContain("reorderRoamingCustomTariffFilters");
    expect(collectionActions(resource("evses")).map((action) => action.operationId)).toEqual([
      "evseBulkAssignTariffGroups",
    ]);
    expect(collectionUpdates(resource("users"))).toEqual([]);
    expect(updatesOneRecord(resource("users"))).toBe(true);
    expect(updatesOneRecord(resource("charge-points.shared-partners"))).toBe(false);
  });

  it("replaces a charge point's shared partners from the listing's toolbar", async () => {
    const calls = mockBackend();
    renderWithProviders(
      <CollectionChanges
        resource={resource("charge-points.shared-partners")}
        path={{ chargePoint: 4 }}
      />,
    );
    await userEvent.click(
      await screen.findByTestId("collection-update-chargePointSharedPartnersSync"),
    );
    await userEvent.click(await screen.findByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "chargePointSharedPartnersSync",
      request: { path: { chargePoint: 4 } },
    });
  });

  it("runs a record-less action from the listing's actions menu, not from a record's", async () => {
    mockBackend();
    renderWithProviders(<CollectionChanges resource={resource("evses")} path={{}} />);
    await userEvent.click(await screen.findByTestId("list-actions-menu"));
    expect(await screen.findByTestId("action-evseBulkAssignTariffGroups")).toBeInTheDocument();
  });

  it("offers edit in the rows of records that have no screen of their own", async () => {
    mockBackend();
    renderWithProviders(
      <RecordActions
        compact
        resource={resource("configuration-templates.variables")}
        record={{ id: 3, keyName: "HeartbeatInterval" }}
        path={{ template: 1, variable: 3 }}
      />,
    );
    expect(await screen.findByTestId("edit-button")).toBeInTheDocument();
  });

  it("shows nothing to a read-only profile", () => {
    mockBackend({ readOnly: true });
    renderWithProviders(<CollectionChanges resource={resource("evses")} path={{}} />);
    expect(screen.queryByTestId("list-actions-menu")).not.toBeInTheDocument();
  });
});
