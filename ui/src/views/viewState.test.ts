import { describe, expect, it } from "vitest";
import type { SavedView } from "../api/savedViews";
import { formatTileCount } from "./tileCount";
import { differsFromView, listingOfView, searchOfView, viewStateOf } from "./viewState";

const VIEW: SavedView = {
  id: 3,
  name: "Circuit 7",
  pinned: true,
  state: {
    resource: "charge-points",
    filter: { circuitId: "7", type: "public" },
    include: [],
    path: {},
    columns: ["name"],
    columnWidths: { name: 200 },
    perPage: null,
  },
};

describe("a view's state", () => {
  it("keeps filters, includes, columns and rounded widths, but not the page it was on", () => {
    const state = viewStateOf(
      "charge-points",
      { filter: { type: "public" }, include: ["evses"], perPage: 50, view: 3 },
      { columns: null, widths: { name: 212.6, status: 0 } },
    );
    expect(state).toEqual({
      resource: "charge-points",
      filter: { type: "public" },
      include: ["evses"],
      path: {},
      columns: null,
      columnWidths: { name: 213 },
      perPage: 50,
    });
  });

  it("opens on the first page of its list, naming itself", () => {
    expect(searchOfView(VIEW)).toEqual({ view: 3, filter: { circuitId: "7", type: "public" } });
  });

  it("differs from the list only when something it keeps changed", () => {
    const same = { ...VIEW.state, filter: { type: "public", circuitId: "7" } };
    expect(differsFromView(VIEW, same)).toBe(false);
    expect(differsFromView(VIEW, { ...same, perPage: 100 })).toBe(true);
    expect(differsFromView(VIEW, { ...same, columnWidths: { name: 240 } })).toBe(true);
  });

  it("is counted on Home with its filters in the API's types", () => {
    expect(listingOfView(VIEW)).toEqual({
      operation: "chargePointsListing",
      path: {},
      filter: { circuitId: 7, type: "public" },
    });
    expect(listingOfView({ ...VIEW, state: { ...VIEW.state, resource: "gone" } })).toBeNull();
  });

  it("shows an exact count as it is and a first page's count with a plus", () => {
    expect(formatTileCount({ count: 1234, exact: true })).toMatch(/^1.?234$/);
    expect(formatTileCount({ count: 100, exact: false })).toBe("100+");
  });
});
