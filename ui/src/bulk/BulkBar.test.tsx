import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect } from "react";
import { describe, expect, it } from "vitest";
import type { BulkProgress_Deserialize, BulkRequest_Deserialize } from "../bindings";
import { findResource } from "../catalog/catalogIndex";
import type { ApiRecord } from "../catalog/records";
import { mockBackend } from "../forms/testing/backend";
import { renderWithProviders } from "../test/renderWithProviders";
import { BulkBar } from "./BulkBar";
import { useRowSelection } from "./useRowSelection";

const chargePoints = findResource("charge-points")!;
const points: ApiRecord[] = [1, 2, 3, 4, 5].map((id) => ({ id, name: `CP 00${id}` }));

function Harness() {
  const selection = useRowSelection("charge-points");
  const { select, count } = selection;
  useEffect(() => {
    if (count === 0) select(points);
  }, [select, count]);
  return (
    <BulkBar
      resource={chargePoints}
      parents={{}}
      selection={selection}
      pageRecords={points}
      loadedRecords={points}
    />
  );
}

interface RunArgs {
  request: BulkRequest_Deserialize;
  onProgress: { onmessage: (progress: BulkProgress_Deserialize) => void };
}

/** Answers each run: every record succeeds except the ids in `failing`. */
function backendFailing(failing: Set<number>) {
  const runs: BulkRequest_Deserialize[] = [];
  const calls = mockBackend({
    handlers: {
      run_bulk: (args) => {
        const { request, onProgress } = args as unknown as RunArgs;
        runs.push(request);
        const results = request.items.map((item, index) => {
          const failed = failing.has(Number(item.path.chargePoint));
          return {
            index,
            outcome: failed ? ("failed" as const) : ("accepted" as const),
            status: failed ? 422 : 202,
            message: failed ? "The charge point is offline." : null,
          };
        });
        results.forEach((result, index) =>
          onProgress.onmessage({
            result,
            finished: index + 1,
            total: results.length,
            inFlight: 0,
          }),
        );
        return { runId: request.runId, results, cancelled: false };
      },
    },
  });
  return { runs, calls };
}

describe("the bulk bar", { timeout: 30_000 }, () => {
  it("says how many are selected and offers delete and the record actions for all", async () => {
    backendFailing(new Set());
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    expect(await screen.findByTestId("bulk-count")).toHaveTextContent("5 charge points selected");
    expect(screen.getByTestId("bulk-delete")).toHaveTextContent("Delete 5");
    await user.click(screen.getByTestId("bulk-actions"));
    expect(
      await screen.findByTestId("bulk-action-chargePointChangeAvailability"),
    ).toBeInTheDocument();
    expect(screen.getByTestId("bulk-action-chargePointReset")).toBeInTheDocument();
    await user.click(screen.getByTestId("select-none"));
    // Selection cleared: the harness selects again, but the bar was gone in between.
    await screen.findByTestId("bulk-count");
  });

  it("fills the action's form once, names the records, and sends one body to each", async () => {
    const { runs } = backendFailing(new Set([4]));
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    await user.click(await screen.findByTestId("bulk-actions"));
    await user.click(await screen.findByTestId("bulk-action-chargePointChangeAvailability"));
    await user.click(await screen.findByTestId("form-json-toggle"));
    fireEvent.change(screen.getByTestId("form-json"), {
      target: { value: '{"type": "Inoperative"}' },
    });
    await user.click(screen.getByTestId("form-submit"));

    const question = await screen.findByTestId("confirm-dialog");
    expect(question).toHaveTextContent("5 charge points");
    expect(question).toHaveTextContent("CP 001 (#1), CP 002 (#2), CP 003 (#3) and 2 more");
    await user.click(within(question).getByTestId("confirm-yes"));

    await waitFor(() => expect(runs).toHaveLength(1));
    expect(runs[0]!.operation).toEqual({
      kind: "action",
      operation: "chargePointChangeAvailability",
    });
    expect(runs[0]!.body).toEqual({ type: "Inoperative" });
    expect(runs[0]!.items.map((item) => item.path)).toEqual(
      points.map((p) => ({ chargePoint: p.id })),
    );

    // The results, by name, and the status line.
    const rows = await screen.findAllByTestId("bulk-result-row");
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent("CP 001 (#1)");
    expect(rows[0]).toHaveAttribute("data-outcome", "accepted");
    expect(rows[3]).toHaveAttribute("data-outcome", "failed");
    expect(rows[3]).toHaveTextContent("The charge point is offline.");
    await waitFor(() =>
      expect(screen.getByTestId("bulk-status")).toHaveTextContent("Finished: 4 accepted, 1 failed"),
    );
    expect(screen.getByTestId("bulk-status")).toHaveAttribute("role", "status");

    // Retry sends only the failed record, under the request id it had the first time.
    await user.click(screen.getByTestId("bulk-retry"));
    await waitFor(() => expect(runs).toHaveLength(2));
    expect(runs[1]!.items).toEqual([runs[0]!.items[3]]);
    expect(runs[1]!.runId).not.toBe(runs[0]!.runId);
  });

  it("asks before deleting, naming the count and the first records", async () => {
    const { runs } = backendFailing(new Set());
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    await user.click(await screen.findByTestId("bulk-delete"));
    const question = await screen.findByTestId("confirm-dialog");
    expect(question).toHaveTextContent("Delete 5 charge points: CP 001 (#1)");
    expect(question).toHaveTextContent("This cannot be undone.");
    await user.click(within(question).getByTestId("confirm-yes"));
    await waitFor(() => expect(runs).toHaveLength(1));
    expect(runs[0]!.operation).toEqual({ kind: "delete", operation: "chargePointDelete" });
    await waitFor(() =>
      expect(screen.getByTestId("bulk-status")).toHaveTextContent("Finished: 5 accepted"),
    );
    expect(screen.queryByTestId("bulk-retry")).not.toBeInTheDocument();
  });

  it("keeps the records a delete failed on selected, and lets the deleted ones go", async () => {
    backendFailing(new Set([4]));
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    await user.click(await screen.findByTestId("bulk-delete"));
    await user.click(
      within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-yes"),
    );
    await waitFor(() => expect(screen.getByTestId("bulk-status")).toHaveTextContent("4 accepted"));
    await user.click(screen.getByTestId("bulk-close"));
    await waitFor(() =>
      expect(screen.getByTestId("bulk-count")).toHaveTextContent("1 charge point selected"),
    );
    expect(screen.getByTestId("bulk-delete")).toHaveTextContent("Delete 1");
  });

  it("offers the API's own bulk operation with the selected ids filled in", async () => {
    backendFailing(new Set());
    const user = userEvent.setup();
    renderWithProviders(<Harness />);
    await user.click(await screen.findByTestId("bulk-actions"));
    await user.click(
      await screen.findByTestId("bulk-native-configurationTemplateApplyToChargePoints"),
    );
    await user.click(await screen.findByTestId("form-json-toggle"));
    const body = JSON.parse((screen.getByTestId("form-json") as HTMLTextAreaElement).value);
    expect(body.chargePointIds).toEqual([1, 2, 3, 4, 5]);
    // The template to apply is asked for before anything is sent.
    await user.click(screen.getByTestId("form-submit"));
    expect(await screen.findByTestId("form-error")).toHaveTextContent("Choose Template first.");
  });
});
