import { describe, expect, it } from "vitest";
import { fieldLabel } from "../format/labels";
import { startingWidth, type ColumnInfo } from "./columns";

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
    expect(startingWidth(column("validFrom", { format: "date-time" }), "Valid from")).toBe(200);
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
