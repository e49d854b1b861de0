import { describe, expect, it } from "vitest";
import { fieldLabel } from "../format/labels";
import { DEFAULT_COLUMNS } from "../overlay/columns";
import { ALL_RESOURCES } from "./catalogIndex";
import { availableColumns, defaultColumns, startingWidth, type ColumnInfo } from "./columns";

const column = (name: string, extra: Partial<ColumnInfo> = {}): ColumnInfo => ({
  name,
  type: "string",
  format: null,
  enumValues: [],
  ...extra,
});

describe("startingWidth", () => {
  it("gives a date and time room for the whole value", () => {
    const plain = startingWidth(column("externalId"), "External ID");
    expect(startingWidth(column("lastUpdatedAt"), "Last updated at")).toBeGreaterThan(plain);
    expect(startingWidth(column("validFrom", { format: "date-time" }), "Valid from")).toBe(185);
  });

  it("widens a column for a long label so headers never run into each other", () => {
    const label = fieldLabel("redeemedByUserId");
    const width = startingWidth(column("redeemedByUserId", { type: "integer" }), label);
    expect(width).toBeGreaterThanOrEqual(label.length * 9 + 40);
  });

  it("gives names and e-mail addresses more room than other text", () => {
    expect(startingWidth(column("name"), "Name")).toBeGreaterThan(
      startingWidth(column("externalId"), "External ID"),
    );
    expect(startingWidth(column("email"), "Email")).toBe(240);
  });

  it("keeps an id narrow and caps very long labels", () => {
    expect(startingWidth(column("id", { type: "integer" }), "ID")).toBe(90);
    expect(startingWidth(column("x"), "A".repeat(80))).toBe(280);
  });
});

describe("defaultColumns of the core resources", () => {
  const shown = (key: string) => {
    const resource = ALL_RESOURCES.find((candidate) => candidate.key === key)!;
    return defaultColumns(resource, availableColumns(resource, []));
  };

  it("leads a session list with when, where, who, how much and its status", () => {
    expect(shown("sessions").slice(0, 6)).toEqual([
      "startedAt",
      "chargePointId",
      "userId",
      "energy",
      "amount",
      "status",
    ]);
  });

  it("shows a charge point's name and its hardware and network status before any id", () => {
    const columns = shown("charge-points");
    expect(columns[0]).toBe("name");
    expect(columns).toContain("hardwareStatus");
    expect(columns).toContain("networkStatus");
    expect(columns.indexOf("id")).toBeGreaterThan(columns.indexOf("networkStatus"));
  });

  it("chooses only columns the records have, for every core resource", () => {
    for (const key of Object.keys(DEFAULT_COLUMNS)) {
      const resource = ALL_RESOURCES.find((candidate) => candidate.key === key)!;
      const names = new Set(resource.columns.map((c) => c.name));
      const wanted = DEFAULT_COLUMNS[key as keyof typeof DEFAULT_COLUMNS]!;
      expect(
        wanted.filter((name) => !names.has(name)),
        key,
      ).toEqual([]);
      // Not a listing of ids: a record's own id comes after what it is.
      expect(wanted[0], key).not.toBe("id");
    }
  });
});
