import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import { readBaseCurrency } from "./baseCurrency";

describe("the tenant's base currency", () => {
  it("is the currency the settings name, read by its id", async () => {
    const calls: unknown[] = [];
    mockIPC((command, args) => {
      const { operation, request } = args as {
        operation: string;
        request: { path?: Record<string, unknown> };
      };
      calls.push([command, operation, request.path]);
      if (command === "read_record" && operation === "settingsListing") {
        return { status: 200, body: { data: { baseCurrency: { id: 4 } } } };
      }
      if (command === "read_record" && operation === "currencyRead") {
        return { status: 200, body: { id: 4, alphabeticCode: "GBP" } };
      }
      throw { kind: "notFound", message: "No query results." };
    });
    await expect(readBaseCurrency()).resolves.toBe("GBP");
    expect(calls).toEqual([
      ["read_record", "settingsListing", {}],
      ["read_record", "currencyRead", { currency: 4 }],
    ]);
  });

  it("is unknown when the settings name none", async () => {
    mockIPC(() => ({ status: 200, body: { data: { defaultTax: { id: 1 } } } }));
    await expect(readBaseCurrency()).resolves.toBeNull();
  });
});
