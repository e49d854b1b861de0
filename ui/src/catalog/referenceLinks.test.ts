import { describe, expect, it } from "vitest";
import { findResource } from "./catalogIndex";
import { nestedPlace, nestedReference, referenceLinks, rowLink, rowPath } from "./referenceLinks";

function resource(key: string) {
  const found = findResource(key);
  if (found === undefined) throw new Error(`no resource ${key}`);
  return found;
}

function reference(resourceKey: string, field: string) {
  const found = resource(resourceKey).references.find((candidate) => candidate.field === field);
  if (found === undefined) throw new Error(`no reference ${field} on ${resourceKey}`);
  return found;
}

const summary = (links: ReturnType<typeof referenceLinks>) =>
  links?.map((link) => ({ resource: link.resource.key, id: link.id, path: link.path })) ?? null;

describe("reference links", () => {
  it("open a nested record through the parent ids beside the reference", () => {
    const connector = reference("sessions", "connectorId");
    const session = { chargePointId: 1, evseId: 12, connectorId: 21 };
    expect(summary(referenceLinks(connector, 21, session))).toEqual([
      {
        resource: "charge-points.evses.connectors",
        id: "21",
        path: { chargePoint: "1", evse: "12" },
      },
    ]);
    expect(referenceLinks(connector, 21, { chargePointId: 1, evseId: null })).toBeNull();
  });

  it("open one record per id of an array, and none for a value that is no id", () => {
    const user = reference("sessions", "userId");
    expect(summary(referenceLinks({ ...user, many: true }, [7, 8], {}))).toEqual([
      { resource: "users", id: "7", path: {} },
      { resource: "users", id: "8", path: {} },
    ]);
    expect(referenceLinks(user, null, {})).toBeNull();
    expect(referenceLinks(user, { id: 7 }, {})).toBeNull();
  });

  it("follow only the fields every resource agrees on in nested rows", () => {
    expect(nestedReference("userId")?.resource).toBe("users");
    // A model's vendorId names a vendor record; a status log's is the OCPP vendor text.
    expect(nestedReference("vendorId")).toBeUndefined();
    expect(nestedReference("name")).toBeUndefined();
  });

  it("open the rows of a child's array and their own children", () => {
    const evses = nestedPlace(resource("charge-points"), { chargePoint: "3" }, "evses");
    expect(evses?.resource.key).toBe("charge-points.evses");
    const evse = { id: 12, connectors: [{ id: 21 }] };
    expect(rowLink(evses, evse)).toMatchObject({ id: "12", path: { chargePoint: "3" } });
    const connectors = nestedPlace(evses?.resource, rowPath(evses, evse), "connectors");
    expect(rowLink(connectors, { id: 21 })).toMatchObject({
      id: "21",
      path: { chargePoint: "3", evse: "12" },
    });
    expect(nestedPlace(resource("charge-points"), { chargePoint: "3" }, "tags")).toBeNull();
    expect(nestedPlace(resource("charge-points"), {}, "evses")).toBeNull();
  });
});
