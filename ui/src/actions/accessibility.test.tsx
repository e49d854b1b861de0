// axe-core on an action's form, its confirmation and its result, and the live region that
// announces the result to screen readers.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { findResource } from "../catalog/catalogIndex";
import { mockBackend } from "../forms/testing/backend";
import { seriousViolations } from "../test/axe";
import { renderWithProviders } from "../test/renderWithProviders";
import { ActionDialog } from "./ActionDialog";

const chargePoints = findResource("charge-points")!;
const chargePoint = { id: 12, name: "CP-0012" };

describe("accessibility of an action", { timeout: 20_000 }, () => {
  it("form, confirmation and result have no serious violations; the result is announced", async () => {
    mockBackend();
    renderWithProviders(
      <ActionDialog
        operationId="chargePointChangeAvailability"
        target={{ resource: chargePoints, record: chargePoint }}
        opened
        onClose={() => {}}
      />,
    );
    const field = await screen.findByTestId("form-field-type");
    expect(await seriousViolations()).toEqual([]);

    await userEvent.click(within(field).getByRole("combobox"));
    await userEvent.click(await screen.findByRole("option", { name: "Inoperative", hidden: true }));
    await userEvent.click(screen.getByTestId("form-submit"));
    const dialog = await screen.findByTestId("confirm-dialog");
    expect(await seriousViolations()).toEqual([]);

    await userEvent.click(within(dialog).getByTestId("confirm-yes"));
    const result = await screen.findByTestId("action-result");
    // An alert is a live region: screen readers read the outcome out as it appears.
    expect(within(result).getByRole("alert")).toHaveTextContent(
      "Change availability · sent to the charger, waiting for it to confirm",
    );
    expect(await seriousViolations()).toEqual([]);
  });
});
