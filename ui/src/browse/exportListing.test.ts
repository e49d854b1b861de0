import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { fetchPage } from "./api";
import { findResource } from "./catalogIndex";
import { ExportCancelled, exportListing, type ExportProgress } from "./exportListing";
import { listQuery } from "./listSearch";
import { installFakeTenant } from "./testing/fakeTenant";

const chargePoints = findResource("charge-points")!;
const invoices = findResource("invoices")!;

describe("exportListing", () => {
  it("writes every page of the listing as CSV, with a header and the filters applied", async () => {
    const tenant = installFakeTenant({ chargePointCount: 250 });
    const progress: ExportProgress[] = [];
    const result = await exportListing({
      format: "csv",
      firstQuery: listQuery(
        chargePoints,
        { filter: { type: "public" }, cursors: ["after-25"] },
        true,
      ),
      fetchPage: (query, signal) => fetchPage(chargePoints, {}, query, signal),
      onProgress: (step) => progress.push(step),
      signal: new AbortController().signal,
      columns: ["id", "name"],
    });
    expect(result.written).toBe(84);
    const parsed = Papa.parse<Record<string, string>>(await result.blob.text(), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(84);
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(["id", "name", "status"]);
    expect(parsed.data[1]).toMatchObject({ id: "4", type: "public", evses: '[{"id":1},{"id":2}]' });
    // 100 per page from the first cursor, with the listing's filter on every page.
    expect(tenant.listCalls.map((call) => call.query.cursor)).toEqual([""]);
    expect(tenant.listCalls.every((call) => call.query.perPage === 100)).toBe(true);
    expect(progress.at(-1)?.written).toBe(84);
  });

  it("writes JSON Lines, one record per line, across cursor pages", async () => {
    const tenant = installFakeTenant({ chargePointCount: 250 });
    const result = await exportListing({
      format: "jsonl",
      firstQuery: listQuery(chargePoints, {}, true),
      fetchPage: (query, signal) => fetchPage(chargePoints, {}, query, signal),
      signal: new AbortController().signal,
    });
    const lines = (await result.blob.text()).trim().split("\n");
    expect(lines).toHaveLength(250);
    expect(JSON.parse(lines[249]!)).toMatchObject({ id: 250 });
    expect(tenant.listCalls.map((call) => call.query.cursor)).toEqual([
      "",
      "after-100",
      "after-200",
    ]);
  });

  it("stops between pages when cancelled", async () => {
    installFakeTenant({ chargePointCount: 250 });
    const controller = new AbortController();
    const progress: number[] = [];
    await expect(
      exportListing({
        format: "csv",
        firstQuery: listQuery(chargePoints, {}, true),
        fetchPage: (query, signal) => fetchPage(chargePoints, {}, query, signal),
        onProgress: ({ written }) => {
          progress.push(written);
          controller.abort();
        },
        signal: controller.signal,
      }),
    ).rejects.toBeInstanceOf(ExportCancelled);
    expect(progress).toEqual([100]);
  });

  it("follows page numbers for page-paginated listings", async () => {
    installFakeTenant();
    const calls: unknown[] = [];
    const result = await exportListing({
      format: "jsonl",
      firstQuery: listQuery(invoices, { page: 3 }, true),
      fetchPage: async (query) => {
        calls.push(query.page);
        return query.page === 1
          ? { records: [{ id: 1 }], next: { page: 2 }, total: 2, meta: null }
          : { records: [{ id: 2 }], next: null, total: 2, meta: null };
      },
      signal: new AbortController().signal,
    });
    expect(result.written).toBe(2);
    expect(calls).toEqual([1, 2]);
  });
});
