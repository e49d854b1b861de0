import { describe, expect, it } from "vitest";
import { COLOR_SCHEME_LABELS, isColorScheme, nextColorScheme } from "./colorScheme";

describe("nextColorScheme", () => {
  it("cycles follow system → light → dark → follow system", () => {
    expect(nextColorScheme("auto")).toBe("light");
    expect(nextColorScheme("light")).toBe("dark");
    expect(nextColorScheme("dark")).toBe("auto");
  });
});

describe("isColorScheme", () => {
  it("accepts only the three known choices", () => {
    expect(isColorScheme("auto")).toBe(true);
    expect(isColorScheme("dark")).toBe(true);
    expect(isColorScheme("sepia")).toBe(false);
  });
});

describe("COLOR_SCHEME_LABELS", () => {
  it("names the automatic choice in the operator's words", () => {
    expect(COLOR_SCHEME_LABELS.auto).toBe("Follow system");
  });
});
