import { describe, expect, it } from "vitest";
import { parseRecordQuery } from "./paletteModel";

describe("parseRecordQuery", () => {
  it("reads a resource name and an id", () => {
    const [first] = parseRecordQuery("charge point 12");
    expect(first?.resource.key).toBe("charge-points");
    expect(first?.id).toBe("12");
  });

  it("accepts plural names, a hash and other cases", () => {
    expect(parseRecordQuery("Sessions #4711")[0]).toMatchObject({ id: "4711" });
    expect(parseRecordQuery("Sessions #4711")[0]?.resource.key).toBe("sessions");
    expect(parseRecordQuery("evse 3")[0]?.resource.key).toBe("evses");
  });

  it("offers nothing for text without an id or an unknown name", () => {
    expect(parseRecordQuery("charge points")).toEqual([]);
    expect(parseRecordQuery("spaceship 4")).toEqual([]);
  });
});
