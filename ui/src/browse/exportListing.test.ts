import { describe, expect, it } from "vitest";
import { findResource, listOperationOf } from "../catalog/catalogIndex";
import { exportListing, type ExportProgress } from "./exportListing";
import { listQuery } from "./listSearch";
import { installFakeTenant } from "./testing/fakeTenant";

const chargePoints = findResource("charge-points")!;

describe("exportListing", () => {
  it("asks Rust to export from the first page with the listing's filters, relaying progress", async () => {
    const tenant = installFakeTenant({ chargePointCount: 250 });
    const progress: ExportProgress[] = [];
    const result = await exportListing({
      operation: listOperationOf(chargePoints)!,
      path: {},
      query: listQuery(chargePoints, { filter: { type: "public" }, cursors: ["after-25"] }, true),
      format: "csv",
      name: "charge-points",
      requestId: "export-1",
      onProgress: (step) => progress.push(step),
    });
    expect(result.records).toBe(84);
    expect(result.path).toMatch(/Downloads\/charge-points-.*\.csv$/);
    const call = tenant.exportCalls[0]!;
    expect(call.format).toBe("csv");
    expect(call.query.filter).toEqual({ type: "public" });
    // The export starts at the beginning, not at the page on screen, 100 records a page.
    expect(call.query.cursor).toBeUndefined();
    expect(call.query.perPage).toBe(100);
    expect(progress.at(-1)).toEqual({ written: 84, total: 84 });
  });

  it("names nested resources' files without dots", async () => {
    const tenant = installFakeTenant({ chargePointCount: 5 });
    await exportListing({
      operation: listOperationOf(chargePoints)!,
      path: {},
      query: {},
      format: "jsonLines",
      name: "charge-points.evses",
      requestId: "export-2",
    });
    expect(tenant.exportCalls[0]!.name).toBe("charge-points-evses");
  });
});
