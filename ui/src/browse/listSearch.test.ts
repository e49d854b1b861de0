import { describe, expect, it } from "vitest";
import { findResource } from "../catalog/catalogIndex";
import { apiFilters, listQuery, pathValues, validateListSearch, withFilter } from "./listSearch";

const chargePoints = findResource("charge-points")!;
const invoices = findResource("invoices")!;

describe("validateListSearch", () => {
  it("keeps filters, includes, cursors, page, page size and parent ids", () => {
    const search = {
      filter: { status: "available", ids: ["1", "2"] },
      include: ["evses"],
      cursors: ["after-25"],
      page: 3,
      perPage: 50,
      path: { chargePoint: "12" },
    };
    expect(validateListSearch(search)).toEqual(search);
  });

  it("drops what it does not understand and caps the page size at 100", () => {
    expect(
      validateListSearch({
        filter: "nope",
        page: 0,
        perPage: 5000,
        path: { evse: { x: 1 } },
        other: 1,
      }),
    ).toEqual({ perPage: 100 });
    expect(validateListSearch({ filter: { status: "" }, page: "abc" })).toEqual({});
  });

  it("survives a round trip through the URL's JSON", () => {
    const search = validateListSearch({
      filter: { status: "faulted" },
      cursors: ["a", "b"],
      perPage: 10,
    });
    expect(
      validateListSearch(JSON.parse(JSON.stringify(search)) as Record<string, unknown>),
    ).toEqual(search);
  });
});

describe("listQuery", () => {
  it("starts cursor pagination with an empty cursor and continues from the trail's last", () => {
    expect(listQuery(chargePoints, {})).toMatchObject({ cursor: "", perPage: 25 });
    expect(listQuery(chargePoints, { cursors: ["after-25", "after-50"] }).cursor).toBe("after-50");
    expect(listQuery(chargePoints, { cursors: ["after-25"] }, true).cursor).toBe("");
  });

  it("asks page-paginated listings for a page number", () => {
    expect(listQuery(invoices, { page: 4, perPage: 100 })).toMatchObject({ page: 4, perPage: 100 });
    expect(listQuery(invoices, {})).toMatchObject({ page: 1 });
  });

  it("sends filters in the API's types and only the ones the listing knows", () => {
    const userId = invoices.filters.find((filter) => filter.type === "integer");
    const search = { filter: { ...(userId ? { [userId.name]: "42" } : {}), unknownFilter: "x" } };
    const filters = apiFilters(invoices, search);
    expect(filters).not.toHaveProperty("unknownFilter");
    if (userId) expect(filters[userId.name]).toEqual(userId.isArray ? [42] : 42);
  });

  it("keeps only includes the listing offers", () => {
    expect(listQuery(chargePoints, { include: ["chargingProfile", "bogus"] }).include).toEqual([
      "chargingProfile",
    ]);
  });
});

describe("withFilter", () => {
  it("sets and clears a filter and restarts from the first page", () => {
    const set = withFilter({ cursors: ["after-25"], page: 2, perPage: 50 }, "status", "available");
    expect(set).toEqual({
      filter: { status: "available" },
      cursors: undefined,
      page: undefined,
      perPage: 50,
    });
    const cleared = withFilter(set, "status", undefined);
    expect(cleared.filter).toBeUndefined();
  });
});

describe("pathValues", () => {
  it("sends numeric ids as numbers and others as text", () => {
    expect(pathValues({ chargePoint: "12", key: "HeartbeatInterval" })).toEqual({
      chargePoint: 12,
      key: "HeartbeatInterval",
    });
  });
});
