// Every create, update and action operation of the catalog renders its form from its real
// request-body schema without throwing, and with every field labelled and every control
// named (axe-core's serious and critical rules; contrast is checked in the real window).
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { catalog } from "../generated/catalog";
import { renderWithProviders } from "../test/renderWithProviders";
import { RecordForm, type FormOperation } from "./RecordForm";
import { operationPathParams } from "../catalog/operationShapes";
import { mockBackend } from "./testing/backend";
import { FORM_CONTROL_RULES, seriousViolations } from "../test/axe";

function writeOperations(): FormOperation[] {
  const seen = new Map<string, FormOperation>();
  for (const resource of catalog.resources) {
    const { create, update } = resource.operations;
    if (create) seen.set(create, { kind: "create", operationId: create });
    if (update) seen.set(update, { kind: "update", operationId: update });
    for (const action of resource.actions)
      seen.set(action, { kind: "action", operationId: action });
  }
  for (const action of catalog.unassignedActions)
    seen.set(action, { kind: "action", operationId: action });
  return [...seen.values()];
}

const operations = writeOperations();

describe("every form", { timeout: 60_000 }, () => {
  it("covers the catalog's write operations", () => {
    expect(operations.filter((op) => op.kind === "action")).toHaveLength(63);
    expect(operations.length).toBeGreaterThan(150);
  });

  it.each(operations)("$kind $operationId renders", async (operation) => {
    mockBackend();
    const path = Object.fromEntries(
      operationPathParams(operation.operationId).map(([name]) => [name, 1]),
    );
    renderWithProviders(
      <RecordForm
        {...operation}
        path={path}
        record={operation.kind === "update" ? { id: 1 } : undefined}
        submitLabel="Save"
        onSuccess={() => {}}
      />,
    );
    expect(await screen.findByTestId("form-submit")).toBeInTheDocument();
    expect(await seriousViolations(document.body, FORM_CONTROL_RULES)).toEqual([]);
  });
});
