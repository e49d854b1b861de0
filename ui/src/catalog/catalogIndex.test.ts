import { describe, expect, it } from "vitest";
import { OPERATION_SHAPES } from "../generated/operationShapes";
import { NO_DETAIL_RESOURCES } from "../overlay/records";
import { RESOURCE_LABELS, SINGULAR_LABELS } from "../overlay/labels";
import {
  ALL_RESOURCES,
  isSingleRecord,
  parentParams,
  recordIdParam,
  resourceLabel,
  singularLabel,
  findResource,
  childrenOf,
} from "./catalogIndex";
import { enumLabel, fieldLabel } from "../format/labels";

// The operation shapes name each write's path; the record address the catalog gives every
// resource must fill exactly those paths.
const paramsOf = (operationId: string) =>
  [...(OPERATION_SHAPES[operationId]?.[1] ?? "").matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

describe("record addresses", () => {
  it("names each record by the last parameter of its update and delete paths", () => {
    for (const resource of ALL_RESOURCES) {
      for (const id of [resource.operations.update, resource.operations.delete]) {
        if (id === null || isSingleRecord(resource) || NO_DETAIL_RESOURCES.has(resource.key))
          continue;
        const params = paramsOf(id);
        if (params.length !== parentParams(resource).length + 1) continue;
        expect(recordIdParam(resource), `${resource.key} ${id}`).toBe(params.at(-1));
        expect(parentParams(resource), resource.key).toEqual(params.slice(0, -1));
      }
    }
  });

  it("creates a nested record under its parents' parameters", () => {
    for (const resource of ALL_RESOURCES) {
      const create = resource.operations.create;
      if (create === null || isSingleRecord(resource)) continue;
      expect(parentParams(resource), resource.key).toEqual(paramsOf(create));
    }
  });

  it("knows the records of the resources whose read needs no id of their own", () => {
    expect(isSingleRecord(findResource("settings")!)).toBe(true);
    expect(isSingleRecord(findResource("charge-points.status")!)).toBe(true);
    expect(isSingleRecord(findResource("charge-points")!)).toBe(false);
    expect(recordIdParam(findResource("charge-points.evses")!)).toBe("evse");
    expect(recordIdParam(findResource("charge-point-models")!)).toBe("modelId");
    expect(recordIdParam(findResource("settings")!)).toBeNull();
  });

  it("has no overlay entry for a resource the catalog lacks", () => {
    for (const key of NO_DETAIL_RESOURCES) {
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
    expect(singularLabel(findResource("evse-downtime-periods")!)).toBe("EVSE downtime period");
    expect(singularLabel(findResource("cp-models")!)).toBe("charge point model");
  });

  it("relabels only resources the catalog has: a misspelt key fails here", () => {
    const segments = new Set(ALL_RESOURCES.map((resource) => resource.key.split(".").at(-1)));
    const unknown = [...Object.keys(RESOURCE_LABELS), ...Object.keys(SINGULAR_LABELS)].filter(
      (segment) => !segments.has(segment),
    );
    expect(unknown).toEqual([]);
  });

  it("gives every relabelled resource its own singular", () => {
    // A plural relabelled by hand has no generated singular to fall back on.
    expect(Object.keys(RESOURCE_LABELS).filter((segment) => !(segment in SINGULAR_LABELS))).toEqual(
      [],
    );
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
