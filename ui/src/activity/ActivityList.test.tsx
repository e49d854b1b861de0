import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../forms/testing/backend";
import { renderApp } from "../test/renderApp";
import type { ActivityEntry } from "./activityTarget";

function entry(overrides: Partial<ActivityEntry>): ActivityEntry {
  return {
    id: 1,
    at: "2026-11-28T10:00:00Z",
    profileId: "p1",
    tenantName: "Test tenant",
    operationId: "userUpdate",
    title: "Update user",
    method: "PATCH",
    path: "/public-api/resources/users/v1.0/5",
    body: { first_name: "Anna" },
    outcome: "succeeded",
    status: 200,
    error: null,
    durationMs: 120,
    bulkRun: null,
    ...overrides,
  };
}

const ENTRIES = [
  entry({ id: 3 }),
  entry({
    id: 2,
    operationId: "chargePointReset",
    title: "Reset charge point",
    method: "POST",
    path: "/public-api/actions/charge-point/v1.0/12/reset/soft",
    outcome: "accepted",
    status: 202,
  }),
  entry({
    id: 1,
    operationId: "userCreate",
    title: "Create user",
    method: "POST",
    path: "/public-api/resources/users/v1.0",
    outcome: "failed",
    status: 422,
    error: "The email has already been taken.",
  }),
];

describe("activity list", () => {
  it("lists changes with their outcome and links to the records they touched", async () => {
    mockBackend({ handlers: { list_activity: () => ENTRIES } });
    renderApp("/activity");
    const rows = await screen.findAllByTestId("activity-row");
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole("link")).toHaveAttribute("href", "/r/users/5");
    expect(within(rows[1]!).getByRole("link")).toHaveAttribute("href", "/r/charge-points/12");
    expect(rows[1]).toHaveTextContent("Accepted · 202");
    expect(rows[2]).toHaveTextContent("The email has already been taken.");
  });

  it("links a nested record through its parents' ids", async () => {
    mockBackend({
      handlers: {
        list_activity: () => [
          entry({
            operationId: "chargePointEvseConnectorUpdate",
            title: "Update connector",
            path: "/public-api/resources/charge-points/v2.0/7/evses/3/connectors/2",
          }),
        ],
      },
    });
    renderApp("/activity");
    const [row] = await screen.findAllByTestId("activity-row");
    const href = within(row!).getByRole("link").getAttribute("href") ?? "";
    const url = new URL(href, "http://plugdesk.test");
    expect(url.pathname).toBe("/r/charge-points.evses.connectors/2");
    expect(JSON.parse(url.searchParams.get("path") ?? "{}")).toEqual({
      chargePoint: "7",
      evse: "3",
    });
  });

  it("filters by outcome and text", async () => {
    mockBackend({ handlers: { list_activity: () => ENTRIES } });
    renderApp("/activity");
    await screen.findAllByTestId("activity-row");
    await userEvent.click(screen.getByText("Failed"));
    expect(screen.getAllByTestId("activity-row")).toHaveLength(1);
    await userEvent.click(screen.getByText("All"));
    await userEvent.type(screen.getByTestId("activity-search"), "reset");
    expect(screen.getAllByTestId("activity-row")).toHaveLength(1);
  });

  it("says so when nothing has been changed yet", async () => {
    mockBackend({ handlers: { list_activity: () => [] } });
    renderApp("/activity");
    expect(await screen.findByTestId("activity-empty")).toHaveTextContent(
      "Changes you make will be listed here.",
    );
  });
});
