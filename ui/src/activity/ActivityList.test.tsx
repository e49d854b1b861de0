import { screen, waitFor, within } from "@testing-library/react";
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
    // In words first: what was done and where it stands; the request only under the toggle.
    expect(within(rows[0]!).getByTestId("activity-sentence")).toHaveTextContent("Edit user · done");
    expect(within(rows[1]!).getByTestId("activity-sentence")).toHaveTextContent(
      "Reset · sent to the charger, waiting for it to confirm",
    );
    expect(within(rows[2]!).getByTestId("activity-sentence")).toHaveTextContent(
      "Create user · not carried out",
    );
    const technical = within(rows[1]!).getByTestId("activity-technical");
    expect(technical).not.toBeVisible();
    expect(technical).toHaveTextContent("chargePointReset · HTTP 202");
    await userEvent.click(within(rows[1]!).getByTestId("activity-technical-toggle"));
    expect(technical).toBeVisible();
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
    const outcomes = screen.getByTestId("activity-outcome-filter");
    await userEvent.click(within(outcomes).getByText("Failed"));
    expect(screen.getAllByTestId("activity-row")).toHaveLength(1);
    await userEvent.click(within(outcomes).getByText("All"));
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

  it("puts one heading over the changes of a bulk run and can show that run alone", async () => {
    const run = (id: number, chargePoint: number) =>
      entry({
        id,
        operationId: "chargePointChangeAvailability",
        title: "Change availability",
        method: "POST",
        path: `/public-api/actions/charge-point/v1.0/${chargePoint}/change-availability`,
        outcome: "accepted",
        status: 202,
        bulkRun: "run-1",
      });
    const all = [entry({ id: 9 }), run(8, 1), run(7, 2), run(6, 3), entry({ id: 5 })];
    const calls = mockBackend({
      handlers: {
        list_activity: (args) =>
          (args.query as { bulkRun?: string | null }).bulkRun === "run-1"
            ? all.filter((e) => e.bulkRun === "run-1")
            : all,
      },
    });
    const user = userEvent.setup();
    renderApp("/activity");
    expect(await screen.findAllByTestId("activity-row")).toHaveLength(5);
    const groups = screen.getAllByTestId("activity-bulk-group");
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveTextContent("Change availability on 3 records at once");
    await user.click(within(groups[0]!).getByRole("button", { name: "Show only this run" }));
    await waitFor(() => expect(screen.getAllByTestId("activity-row")).toHaveLength(3));
    expect(screen.getByTestId("activity-bulk-filter")).toBeInTheDocument();
    expect(
      calls.some(
        (call) =>
          call.command === "list_activity" &&
          (call.args.query as { bulkRun?: string | null }).bulkRun === "run-1",
      ),
    ).toBe(true);
  });
});
