import { describe, expect, it } from "vitest";
import { DETAIL_DESIGNS, NESTED_ACTIONS } from "../overlay/detailLayouts";
import type { ResourceKey } from "../generated/unions";
import { catalog } from "../generated/catalog";
import { findResource, type CatalogResource } from "./catalogIndex";
import {
  badgeFieldsOf,
  defaultGroups,
  detailLayout,
  durationSeconds,
  formFieldOrder,
  formSections,
  keyFactsOf,
  relatedOf,
} from "./detailLayout";

function resource(key: string): CatalogResource {
  const found = findResource(key);
  if (found === undefined) throw new Error(`no resource ${key}`);
  return found;
}

/** Fields the tenant sends beyond the spec's schema that a design places on purpose. */
const FIELDS_BEYOND_SPEC: Partial<Record<ResourceKey, readonly string[]>> = {
  // The charge point's EVSEs come inside its record.
  "charge-points": ["evses"],
  // The EVSE's power, which the spec nests in `powerOptions`.
  evses: ["maxPower"],
  // Listed under its charge point, an EVSE's record leaves out the charge point's id.
  "charge-points.evses": ["maxPower", "chargePointId"],
};

describe("the hand-designed detail layouts", () => {
  const designs = Object.entries(DETAIL_DESIGNS) as [
    ResourceKey,
    NonNullable<(typeof DETAIL_DESIGNS)[ResourceKey]>,
  ][];

  it("cover the core resources", () => {
    expect(designs.map(([key]) => key)).toEqual(
      expect.arrayContaining([
        "charge-points",
        "evses",
        "charge-points.evses.connectors",
        "locations",
        "sessions",
        "users",
        "id-tags",
        "invoices",
        "transactions",
        "tariffs",
        "reservations",
        "subscriptions",
        "partners",
      ]),
    );
  });

  it.each(designs)(
    "%s names only fields, filters and children the catalog knows",
    (key, design) => {
      const target = resource(key);
      const known = new Set([
        ...target.columns.map((column) => column.name),
        ...(FIELDS_BEYOND_SPEC[key] ?? []),
      ]);
      const named = [
        ...design.badges,
        ...design.facts.flatMap((fact) => (typeof fact === "string" ? [fact] : fact.duration)),
        ...Object.values(design.groups).flat(),
      ];
      expect(named.filter((name) => !known.has(name))).toEqual([]);
      // A field sits in one group only.
      const grouped = Object.values(design.groups).flat();
      expect(grouped.length).toBe(new Set(grouped).size);
      // Every related listing resolves: a child of this resource, or a listing with that filter.
      expect(relatedOf(target).primary).toHaveLength(design.related?.length ?? 0);
    },
  );

  it("knows the nested actions it offers", () => {
    const actions = new Set(catalog.resources.flatMap((r) => r.actions));
    for (const list of Object.values(NESTED_ACTIONS)) {
      for (const { action } of list) expect(actions.has(action)).toBe(true);
    }
  });
});

describe("a charge point's layout", () => {
  const chargePoint = resource("charge-points");
  const fields = ["id", "pin", "lastUpdatedAt", "name", "hardwareStatus", "status", "locationId"];

  it("leads with identity, then status, then place; dates last; technical under More", () => {
    const layout = detailLayout(chargePoint, [...fields, "somethingNew"]);
    expect(layout.groups.map((group) => [group.group, group.fields])).toEqual([
      ["identity", ["name", "id"]],
      ["status", ["status", "hardwareStatus"]],
      ["place", ["locationId"]],
      ["timestamps", ["lastUpdatedAt"]],
    ]);
    // The technical ones first, then fields the design does not know (the API added them).
    expect(layout.more).toEqual(["pin", "somethingNew"]);
  });

  it("shows status, hardware and network status as badges, in that order", () => {
    expect(badgeFieldsOf(chargePoint, ["networkStatus", "hardwareStatus", "status"])).toEqual([
      "status",
      "hardwareStatus",
      "networkStatus",
    ]);
  });

  it("puts its EVSEs and sessions first among related records, the rest under More", () => {
    const { primary, more } = relatedOf(chargePoint);
    expect(primary.map((link) => [link.resource.key, link.filter])).toEqual([
      ["charge-points.evses", null],
      ["sessions", "chargePointId"],
    ]);
    expect(more.map((link) => link.resource.key)).toContain("charge-points.configurations");
    expect(more.map((link) => link.resource.key)).not.toContain("charge-points.evses");
  });
});

describe("a session's and a user's key facts", () => {
  it("a session: who, when, how long, energy and amount", () => {
    const session = resource("sessions");
    const facts = keyFactsOf(session, ["userId", "startedAt", "stoppedAt", "energy", "amount"]);
    expect(facts).toEqual([
      "userId",
      "startedAt",
      { duration: ["startedAt", "stoppedAt"] },
      "energy",
      "amount",
    ]);
  });

  it("a user's sessions, ID tags and payments come first", () => {
    expect(relatedOf(resource("users")).primary.map((link) => link.label)).toEqual([
      "Sessions",
      "ID tags",
      "Payments",
      "Payment methods",
    ]);
  });

  it("a duration runs to now while the session is still going", () => {
    const record = { startedAt: "2026-05-01T10:00:00Z", stoppedAt: null };
    const now = Date.parse("2026-05-01T10:45:30Z");
    expect(durationSeconds(record, "startedAt", "stoppedAt", now)).toBe(2730);
    const stopped = { startedAt: "2026-05-01T10:00:00Z", stoppedAt: "2026-05-01T11:00:00Z" };
    expect(durationSeconds(stopped, "startedAt", "stoppedAt", now)).toBe(3600);
    expect(durationSeconds({ startedAt: null }, "startedAt", "stoppedAt", now)).toBeNull();
  });
});

describe("the default layout of other resources", () => {
  // A resource no design covers.
  const other = catalog.resources.find(
    (candidate) =>
      DETAIL_DESIGNS[candidate.key] === undefined &&
      candidate.columns.some((column) => column.name === "name") &&
      candidate.columns.some((column) => column.name === "lastUpdatedAt"),
  )!;

  it("puts the name and status first, ids and timestamps last, and hides nothing", () => {
    const fields = ["lastUpdatedAt", "externalId", "id", "description", "status", "name"];
    const layout = detailLayout(other, fields);
    expect(layout.groups.map((group) => [group.group, group.fields])).toEqual([
      ["identity", ["name", "id"]],
      ["status", ["status"]],
      ["place", ["description"]],
      ["timestamps", ["externalId", "lastUpdatedAt"]],
    ]);
    expect(layout.more).toEqual([]);
  });

  it("keeps a reference among the record's facts, not with the ids", () => {
    const session = resource("sessions");
    const groups = defaultGroups(session, ["chargePointId", "externalSessionId", "stoppedAt"]);
    expect(groups.place).toEqual(["chargePointId"]);
    expect(groups.timestamps).toEqual(["externalSessionId", "stoppedAt"]);
  });

  it("shows the record's status-like fields as badges", () => {
    expect(badgeFieldsOf(other, ["name", "status"])).toEqual(["status"]);
    expect(keyFactsOf(other, ["name", "status"])).toEqual([]);
  });
});

describe("a form's field order", () => {
  it("follows the detail screen's order, matching snake_case body fields", () => {
    const users = resource("users");
    const order = formFieldOrder(users, [
      "password",
      "phone",
      "last_name",
      "email",
      "first_name",
      "newField",
    ]);
    expect(order).toEqual(["first_name", "last_name", "email", "phone", "password", "newField"]);
  });

  it("puts the fields in titled sections like the detail screen, the rest last", () => {
    const sections = formSections(resource("users"), [
      "password",
      "phone",
      "last_name",
      "email",
      "first_name",
      "newField",
    ]);
    expect(sections?.[0]).toEqual({
      title: "Identity",
      fields: ["first_name", "last_name", "email", "phone"],
    });
    expect(sections?.at(-1)).toEqual({ title: "Other details", fields: ["newField"] });
    expect(sections?.flatMap((section) => section.fields)).toHaveLength(6);
    expect(sections?.every((section) => section.fields.length > 0)).toBe(true);
  });

  it("keeps the schema's order where no design exists", () => {
    const other = catalog.resources.find(
      (candidate) => DETAIL_DESIGNS[candidate.key] === undefined,
    )!;
    expect(formFieldOrder(other, ["b", "a"])).toBeNull();
    expect(formSections(other, ["b", "a"])).toBeNull();
  });
});
