import { describe, expect, it } from "vitest";
import { changeSentence } from "./operationLabels";
import { findResource, recordsNoun } from "./catalogIndex";

describe("how a change's outcome reads", () => {
  it("waits for the charger only where the action is a command to the charger", () => {
    expect(changeSentence("chargePointStopChargingSession", "accepted")).toMatch(
      /sent to the charger, waiting for it to confirm$/,
    );
    expect(changeSentence("evseBulkAssignTariffGroups", "accepted")).toMatch(
      /accepted, the platform is carrying it out$/,
    );
    expect(changeSentence("chargePointChangeOwner", "accepted")).not.toMatch(/charger/);
  });
});

describe("records counted in a sentence", () => {
  it("are lower case with their acronyms kept", () => {
    const evses = findResource("evses");
    const points = findResource("charge-points");
    if (evses === undefined || points === undefined) throw new Error("catalog");
    expect(recordsNoun(evses, 3)).toBe("EVSEs");
    expect(recordsNoun(points, 2)).toBe("charge points");
    expect(recordsNoun(points, 1)).toBe("charge point");
  });
});
