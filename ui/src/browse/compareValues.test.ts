import { describe, expect, it } from "vitest";
import type { Value } from "../bindings";
import { compareValues } from "./compareValues";

const sortText = (values: Value[]) =>
  [...values].sort((a, b) => compareValues(a, b, (value) => String(value), {}, {}));

describe("compareValues", () => {
  it("orders numbers in text by their value, and ISO dates by time", () => {
    expect(sortText(["CP 10", "CP 2", "CP 1"])).toEqual(["CP 1", "CP 2", "CP 10"]);
    expect(
      sortText(["2026-11-30T10:00:00Z", "2026-01-02T09:00:00Z", "2026-11-03T00:00:00Z"]),
    ).toEqual(["2026-01-02T09:00:00Z", "2026-11-03T00:00:00Z", "2026-11-30T10:00:00Z"]);
  });

  it("compares numbers as numbers and puts empty values last", () => {
    expect(sortText([12, null, 3, ""])).toEqual([3, 12, null, ""]);
  });
});
