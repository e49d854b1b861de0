// axe-core on the form widgets: a charge point's edit form with list items, dates and
// choices filled in, so every input, picker and list item is on screen.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { seriousViolations } from "../test/axe";
import { renderWithProviders } from "../test/renderWithProviders";
import { RecordForm } from "./RecordForm";
import { mockBackend } from "./testing/backend";

describe("accessibility of the forms", { timeout: 30_000 }, () => {
  it("labels every field of an edit form, list items included", async () => {
    mockBackend();
    renderWithProviders(
      <RecordForm
        kind="update"
        operationId="chargePointUpdate"
        path={{ chargePoint: 12 }}
        record={{
          id: 12,
          name: "CP-0012",
          tags: ["fast", "public"],
          capabilities: ["reservation"],
          integratedAt: "2026-01-02T03:04:05Z",
        }}
        submitLabel="Save"
        onSuccess={vi.fn()}
      />,
    );
    const tags = await screen.findByTestId("form-field-tags");
    const items = await waitFor(() => {
      const found = within(tags).getAllByRole("textbox");
      expect(found.length).toBe(2);
      return found;
    });
    for (const item of items) expect(item).toHaveAccessibleName("Tags: item");
    // Under the dialog's title (h2), a list's title is one level down.
    expect(screen.getByRole("heading", { name: "Tags", level: 3 })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });
});
