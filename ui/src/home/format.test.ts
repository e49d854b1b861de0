import { afterEach, describe, expect, it, vi } from "vitest";
import { formatCount, formatMoney, statusLabel } from "./format";

describe("Home's number formats", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("use the operator's locale", () => {
    vi.stubGlobal("navigator", { language: "de-DE" });
    expect(formatCount(12345)).toBe("12.345");
    expect(formatMoney(30.5, "EUR")).toMatch(/30,50\s€/);
  });

  it("fall back to the default locale when the system names none", () => {
    vi.stubGlobal("navigator", { language: "C" });
    expect(() => formatCount(1)).not.toThrow();
    expect(formatMoney(1, "XYZ1")).toContain("XYZ1");
  });

  it("name statuses in words", () => {
    expect(statusLabel("suspendedEVSE")).toBe("Suspended EVSE");
    expect(statusLabel("long-term_unavailable")).toBe("Long-term unavailable");
  });
});
