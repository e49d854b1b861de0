import { describe, expect, it } from "vitest";
import operationsSource from "../generated/operations.ts?raw";
import { NO_DETAIL_RESOURCES, RECORD_ID_PARAMS, SINGLE_RECORD_RESOURCES } from "../overlay/records";
import {
  ALL_RESOURCES,
  enumLabel,
  fieldLabel,
  isSingleRecord,
  parentParams,
  recordIdParam,
  resourceLabel,
  singularLabel,
  findResource,
  childrenOf,
} from "./catalogIndex";

// The generated operation types name each operation's path in a comment; these tests hold the
// hand-written address facts of the overlay against them.
const PATHS = new Map(
  [...operationsSource.matchAll(/^\/\/ \w+ (\S+) — (\w+)$/gm)].map((match) => [match[2], match[1]]),
);
const paramsOf = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

describe("record addresses", () => {
  it("knows the path of every listing and read operation of the catalog", () => {
    for (const resource of ALL_RESOURCES) {
      for (const id of [resource.operations.list, resource.operations.read]) {
        if (id !== null) expect(PATHS.has(id), id).toBe(true);
      }
    }
  });

  it("names each record by the last parameter of its read path", () => {
    for (const resource of ALL_RESOURCES) {
      const read = resource.operations.read;
      if (read === null || isSingleRecord(resource) || NO_DETAIL_RESOURCES.has(resource.key))
        continue;
      const params = paramsOf(PATHS.get(read) ?? "");
      expect(recordIdParam(resource), resource.key).toBe(params.at(-1));
      expect(parentParams(resource), resource.key).toEqual(params.slice(0, -1));
    }
  });

  it("marks as single records exactly the reads whose path ends without an id", () => {
    for (const resource of ALL_RESOURCES) {
      const read = resource.operations.read;
      if (read === null || NO_DETAIL_RESOURCES.has(resource.key)) continue;
      const endsWithId = /\}$/.test(PATHS.get(read) ?? "");
      expect(isSingleRecord(resource), resource.key).toBe(!endsWithId);
    }
  });

  it("addresses every nested listing by its parents' parameters", () => {
    for (const resource of ALL_RESOURCES) {
      const list = resource.operations.list;
      if (list === null) continue;
      expect(parentParams(resource), resource.key).toEqual(paramsOf(PATHS.get(list) ?? ""));
    }
  });

  it("has no overlay entry for a resource the catalog lacks", () => {
    for (const key of [
      ...Object.keys(RECORD_ID_PARAMS),
      ...SINGLE_RECORD_RESOURCES,
      ...NO_DETAIL_RESOURCES,
    ]) {
      expect(findResource(key), key).toBeDefined();
    }
  });

  it("finds a charge point's EVSEs and an EVSE's connectors as children", () => {
    expect(childrenOf("charge-points").map((child) => child.key)).toContain("charge-points.evses");
    expect(childrenOf("charge-points.evses").map((child) => child.key)).toEqual([
      "charge-points.evses.connectors",
    ]);
    expect(parentParams(findResource("charge-points.evses.connectors")!)).toEqual([
      "chargePoint",
      "evse",
    ]);
  });
});

describe("labels", () => {
  it("gives resources human names", () => {
    expect(resourceLabel(findResource("charge-points")!)).toBe("Charge points");
    expect(resourceLabel(findResource("evses")!)).toBe("EVSEs");
    expect(resourceLabel(findResource("evse-downtime-periods")!)).toBe("EVSE downtime periods");
    expect(singularLabel(findResource("charge-points")!)).toBe("charge point");
    expect(singularLabel(findResource("evses")!)).toBe("EVSE");
    expect(singularLabel(findResource("taxes")!)).toBe("tax");
  });

  it.each([
    ["chargePointId", "Charge point ID"],
    ["evseIds", "EVSE IDs"],
    ["lastUpdatedAt", "Last updated at"],
    ["maxPowerKwh", "Max power kWh"],
    ["idTagUid", "ID tag UID"],
  ])("labels the field %s as %s", (name, label) => {
    expect(fieldLabel(name)).toBe(label);
  });

  it.each([
    ["out_of_order", "Out of order"],
    ["available", "Available"],
    ["plug_and_charge_iso15118", "Plug and charge iso15118"],
    ["rfid-tag", "RFID tag"],
    ["AF", "AF"],
    ["L1_L3", "L1 L3"],
    ["NSW", "NSW"],
    ["EUR", "EUR"],
  ])("labels the enum value %s as %s", (value, label) => {
    expect(enumLabel(value)).toBe(label);
  });
});
