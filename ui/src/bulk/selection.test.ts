import { describe, expect, it } from "vitest";
import type { ApiRecord } from "../catalog/records";
import { EMPTY_SELECTION, toggled, withRecords, withoutRecords } from "./selection";

const rows = (from: number, to: number): ApiRecord[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, name: `CP ${from + i}` }));
const ids = (state: typeof EMPTY_SELECTION) => [...state.records.keys()];

describe("the row selection", () => {
  const page = rows(1, 10);

  it("toggles one row at a time", () => {
    let state = toggled(EMPTY_SELECTION, page[2]!, false, page);
    state = toggled(state, page[5]!, false, page);
    expect(ids(state)).toEqual(["3", "6"]);
    state = toggled(state, page[2]!, false, page);
    expect(ids(state)).toEqual(["6"]);
  });

  it("selects the range between the last clicked row and a Shift-clicked one, either way", () => {
    let state = toggled(EMPTY_SELECTION, page[6]!, false, page);
    state = toggled(state, page[2]!, true, page);
    expect(ids(state).sort()).toEqual(["3", "4", "5", "6", "7"]);
    // Shift-clicking a selected row clears the range from the last click to it.
    state = toggled(state, page[4]!, true, page);
    expect(ids(state).sort()).toEqual(["6", "7"]);
  });

  it("follows the order the table shows (sorted), not the order of loading", () => {
    const shown = [...page].reverse();
    let state = toggled(EMPTY_SELECTION, page[9]!, false, shown);
    state = toggled(state, page[7]!, true, shown);
    expect(ids(state).sort()).toEqual(["10", "8", "9"]);
  });

  it("adds a page or every loaded row, and keeps records of other pages", () => {
    let state = withRecords(EMPTY_SELECTION, rows(1, 3));
    // The operator pages on: the next page's records are added beside the first ones.
    state = withRecords(state, rows(11, 20));
    expect(state.records.size).toBe(13);
    expect(state.records.get("2")).toEqual({ id: 2, name: "CP 2" });
    state = withoutRecords(state, rows(11, 20));
    expect(ids(state)).toEqual(["1", "2", "3"]);
  });

  it("skips records without an id: they cannot be named in a request", () => {
    const state = withRecords(EMPTY_SELECTION, [{ name: "no id" }, { id: 4 }]);
    expect(ids(state)).toEqual(["4"]);
  });
});
