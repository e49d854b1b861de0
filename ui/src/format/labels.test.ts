import { describe, expect, it } from "vitest";
import { fieldLabel, referenceFieldLabel } from "./labels";

describe("referenceFieldLabel", () => {
  it("names the record a reference column shows, not its id", () => {
    expect(referenceFieldLabel("chargePointId")).toBe("Charge point");
    expect(referenceFieldLabel("userId")).toBe("User");
    expect(referenceFieldLabel("evseId")).toBe("EVSE");
  });

  it("leaves a field that is not an id as it is", () => {
    expect(referenceFieldLabel("parentLocation")).toBe(fieldLabel("parentLocation"));
    expect(referenceFieldLabel("id")).toBe("ID");
  });
});
