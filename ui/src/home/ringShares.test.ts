import { describe, expect, it } from "vitest";
import { LEAST_SHARE, ringShares } from "./ringShares";

describe("ringShares", () => {
  it("shares the ring in proportion to the counts", () => {
    expect(ringShares([1, 3])).toEqual([25, 75]);
  });

  it("gives a tiny count a sliver one can see, taken from the others", () => {
    const shares = ringShares([1, 9_999, 0]);
    expect(shares[0]).toBe(LEAST_SHARE);
    expect(shares[1]).toBeCloseTo(100 - LEAST_SHARE);
    expect(shares[2]).toBe(0);
  });

  it("draws nothing for no records", () => {
    expect(ringShares([0, 0])).toEqual([0, 0]);
  });
});
