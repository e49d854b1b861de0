import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { findResource } from "../catalog/catalogIndex";
import { catalog } from "../generated/catalog";
import { mockBackend, writesOf } from "../forms/testing/backend";
import { renderWithProviders } from "../test/renderWithProviders";
import { ActionDialog } from "./ActionDialog";
import { ALL_ACTIONS, actionLabel } from "./actionIndex";
import { actionPaletteEntries } from "./globalActions";
import { RecordActions } from "./RecordActions";

const chargePoints = findResource("charge-points")!;
const users = findResource("users")!;
const chargePoint = { id: 12, name: "CP-0012" };

describe("action index", () => {
  it("reaches all 63 actions from the resource they apply to and from the palette", () => {
    expect(ALL_ACTIONS).toHaveLength(63);
    expect(ALL_ACTIONS.every((action) => action.resource !== null)).toBe(true);
    expect(actionPaletteEntries()).toHaveLength(63);
    expect(catalog.unassignedActions).toEqual([]);
  });

  it("labels actions without repeating the resource", () => {
    expect(actionLabel("chargePointChangeAvailability")).toBe("Change availability");
    expect(actionLabel("userAddBalance")).toBe("Add balance");
    expect(actionLabel("notificationsResendFailed")).toBe("Resend failed");
  });
});

describe("record actions", () => {
  it("offers edit, delete and every action of a charge point", async () => {
    mockBackend();
    renderWithProviders(<RecordActions resource={chargePoints} record={chargePoint} />);
    expect(await screen.findByTestId("edit-button")).toBeInTheDocument();
    expect(screen.getByTestId("delete-button")).toBeInTheDocument();
    await userEvent.click(screen.getByTestId("actions-menu"));
    for (const operationId of chargePoints.actions) {
      expect(await screen.findByTestId(`action-${operationId}`)).toBeInTheDocument();
    }
  });

  it("shows no write controls for a read-only profile", async () => {
    const calls = mockBackend({ readOnly: true });
    renderWithProviders(<RecordActions resource={chargePoints} record={chargePoint} />);
    await waitFor(() => expect(calls.some((call) => call.command === "session_status")).toBe(true));
    // Give the session answer time to arrive; the controls must still be absent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId("edit-button")).toBeNull();
    expect(screen.queryByTestId("delete-button")).toBeNull();
    expect(screen.queryByTestId("actions-menu")).toBeNull();
  });

  it("names the record and what depends on it before deleting", async () => {
    const calls = mockBackend();
    renderWithProviders(<RecordActions resource={chargePoints} record={chargePoint} />);
    await userEvent.click(await screen.findByTestId("delete-button"));
    const dialog = await screen.findByTestId("confirm-dialog");
    expect(dialog).toHaveTextContent("Delete charge point CP-0012 (#12)?");
    expect(dialog).toHaveTextContent("EVSEs");
    expect(writesOf(calls)).toHaveLength(0);
    await userEvent.click(within(dialog).getByTestId("confirm-yes"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "chargePointDelete",
      request: { path: { chargePoint: 12 } },
    });
  });
});

describe("action dialog", () => {
  it("asks before a disruptive action, naming the target, then reports 202 as accepted", async () => {
    const calls = mockBackend();
    renderWithProviders(
      <ActionDialog
        operationId="chargePointReset"
        target={{ resource: chargePoints, record: chargePoint }}
        opened
        onClose={() => {}}
      />,
    );
    // The reset type is a path segment: chosen from its values.
    await userEvent.click(await screen.findByTestId("path-param-type"));
    await userEvent.click(await screen.findByRole("option", { name: "Soft", hidden: true }));
    await userEvent.click(screen.getByTestId("form-submit"));
    const dialog = await screen.findByTestId("confirm-dialog");
    expect(dialog).toHaveTextContent("Reset charge point CP-0012 (#12)?");
    expect(writesOf(calls)).toHaveLength(0);
    await userEvent.click(within(dialog).getByTestId("confirm-yes"));
    const result = await screen.findByTestId("action-result");
    expect(result).toHaveTextContent("Reset · sent to the charger, waiting for it to confirm");
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "chargePointReset",
      request: { path: { chargePoint: 12, type: "soft" } },
    });
  });

  it("asks before making a charge point inoperative but not operative", async () => {
    const calls = mockBackend();
    renderWithProviders(
      <ActionDialog
        operationId="chargePointChangeAvailability"
        target={{ resource: chargePoints, record: chargePoint }}
        opened
        onClose={() => {}}
      />,
    );
    const field = await screen.findByTestId("form-field-type");
    await userEvent.click(within(field).getByRole("combobox"));
    await userEvent.click(await screen.findByRole("option", { name: "Operative", hidden: true }));
    await userEvent.click(screen.getByTestId("form-submit"));
    expect(await screen.findByTestId("action-result")).toBeInTheDocument();
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
    expect(writesOf(calls)).toHaveLength(1);
  });

  it("explains a start-session error code in words and offers the session", async () => {
    mockBackend({
      handlers: {
        run_action: () => ({
          status: 200,
          body: {
            success: false,
            errorCode: "PAYMENT_NO_FUNDS",
            sessionId: null,
            authorizationId: null,
          },
        }),
      },
    });
    renderWithProviders(
      <ActionDialog
        operationId="evseStartChargingWithEvseId"
        target={{ resource: findResource("evses")!, record: { id: 4, networkId: "BG*EVS*E4" } }}
        opened
        onClose={() => {}}
      />,
    );
    await userEvent.click(await screen.findByTestId("form-submit"));
    const result = await screen.findByTestId("action-result");
    expect(result).toHaveTextContent("insufficient funds");
    expect(result).toHaveTextContent("Start charging · not carried out");
  });

  it("links to the started session", async () => {
    mockBackend({
      handlers: {
        run_action: () => ({
          status: 201,
          body: { data: { success: true, sessionId: 991, authorizationId: 5 } },
        }),
      },
    });
    renderWithProviders(
      <ActionDialog
        operationId="evseStartChargingWithEvseId"
        target={{ resource: findResource("evses")!, record: { id: 4 } }}
        opened
        onClose={() => {}}
      />,
    );
    await userEvent.click(await screen.findByTestId("form-submit"));
    expect(await screen.findByTestId("action-open-record")).toHaveAttribute(
      "href",
      "#/r/sessions/991",
    );
  });

  it("asks for the target when opened from the palette", async () => {
    const calls = mockBackend({
      handlers: {
        list_records: () => ({
          records: [{ id: 3, email: "ann@example.com" }],
          next: null,
          total: 1,
          meta: null,
        }),
      },
    });
    renderWithProviders(<ActionDialog operationId="userAddBalance" opened onClose={() => {}} />);
    const picker = await screen.findByTestId("reference-picker-user");
    await userEvent.click(picker);
    await userEvent.click(
      await screen.findByRole("option", { name: "ann@example.com · #3", hidden: true }),
    );
    const amount = screen.getByTestId("form-field-amount");
    await userEvent.type(within(amount).getByRole("textbox"), "5");
    await userEvent.click(screen.getByTestId("form-submit"));
    await userEvent.click(
      within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-yes"),
    );
    await screen.findByTestId("action-result");
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "userAddBalance",
      request: { path: { user: 3 } },
    });
    expect(users.actions).toContain("userAddBalance");
  });
});

describe("path values an action needs besides its target", () => {
  it("lists the target charge point's own EVSEs to start a session on", async () => {
    const calls = mockBackend({
      handlers: {
        list_records: (args) => ({
          records:
            args.operation === "chargePointEvsesListing"
              ? [{ id: 41, networkId: "BG*PLG*E41" }]
              : [],
          next: null,
          total: null,
          meta: null,
        }),
      },
    });
    renderWithProviders(
      <ActionDialog
        operationId="chargePointStartChargingSession"
        target={{ resource: chargePoints, record: chargePoint }}
        opened
        onClose={() => {}}
      />,
    );
    await userEvent.click(await screen.findByTestId("reference-picker-evse"));
    await userEvent.click(
      await screen.findByRole("option", { name: "BG*PLG*E41 · #41", hidden: true }),
    );
    expect(
      calls.find(
        (call) =>
          call.command === "list_records" && call.args.operation === "chargePointEvsesListing",
      )!.args,
    ).toMatchObject({ request: { path: { chargePoint: 12 } } });
    await userEvent.click(screen.getByTestId("form-submit"));
    await screen.findByTestId("action-result");
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "chargePointStartChargingSession",
      request: { path: { chargePoint: 12, evse: 41 } },
    });
    // No charging profile was filled in, so none is sent.
    expect((writesOf(calls)[0]!.args.request as { body: unknown }).body).toEqual({});
  });
});
