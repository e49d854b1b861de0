// Every create, update and action operation of the catalog renders its form from its real
// request-body schema without throwing.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { catalog } from "../generated/catalog";
import { renderWithProviders } from "../test/renderWithProviders";
import { RecordForm } from "./RecordForm";
import { operationPathParams } from "./operationShapes";
import { mockBackend } from "./testing/backend";

function writeOperations(): { operationId: string; kind: "create" | "update" | "action" }[] {
  const seen = new Map<string, "create" | "update" | "action">();
  for (const resource of catalog.resources) {
    if (resource.operations.create) seen.set(resource.operations.create, "create");
    if (resource.operations.update) seen.set(resource.operations.update, "update");
    for (const action of resource.actions) seen.set(action, "action");
  }
  for (const action of catalog.unassignedActions) seen.set(action, "action");
  return [...seen].map(([operationId, kind]) => ({ operationId, kind }));
}

const operations = writeOperations();

describe("every form", () => {
  it("covers the catalog's write operations", () => {
    expect(operations.filter((op) => op.kind === "action")).toHaveLength(63);
    expect(operations.length).toBeGreaterThan(150);
  });

  it.each(operations)("$kind $operationId renders", async ({ operationId, kind }) => {
    mockBackend();
    const path = Object.fromEntries(operationPathParams(operationId).map(([name]) => [name, 1]));
    renderWithProviders(
      <RecordForm
        kind={kind}
        operationId={operationId}
        path={path}
        record={kind === "update" ? { id: 1 } : undefined}
        submitLabel="Save"
        onSuccess={() => {}}
      />,
    );
    expect(await screen.findByTestId("form-submit")).toBeInTheDocument();
  });
});
