import { describe, expect, it } from "vitest";
import { appendLoadedPages } from "./useLoadedListing";

const page = (ids: number[], next: { cursor: string } | null) => ({
  records: ids.map((id) => ({ id })),
  next,
  total: null,
  meta: null,
});

describe("appendLoadedPages", () => {
  it("appends each page with the request that fetched it, after the pages already held", () => {
    const held = { pages: [page([1, 2], { cursor: "a" })], pageParams: [{ cursor: "" }] };
    const appended = appendLoadedPages(held, [
      { request: { cursor: "a" }, page: page([3, 4], { cursor: "b" }) },
      { request: { cursor: "b" }, page: page([5], null) },
    ]);
    expect(appended?.pages.flatMap((each) => each.records)).toEqual(
      [1, 2, 3, 4, 5].map((id) => ({ id })),
    );
    expect(appended?.pageParams).toEqual([{ cursor: "" }, { cursor: "a" }, { cursor: "b" }]);
    expect(held.pages).toHaveLength(1);
  });

  it("leaves a listing that is gone, or an empty batch, as it is", () => {
    expect(
      appendLoadedPages(undefined, [{ request: null, page: page([1], null) }]),
    ).toBeUndefined();
    const held = { pages: [page([1], null)], pageParams: [null] };
    expect(appendLoadedPages(held, [])).toBe(held);
  });
});
