import { describe, expect, it } from "vitest";
import { findResource } from "./catalogIndex";
import { nameColumnsOf, nameLookup, nameOf, nameRuleOf, namedReferenceText } from "./names";

const resource = (key: string) => {
  const found = findResource(key);
  if (found === undefined) throw new Error(`no ${key} in the catalog`);
  return found;
};

describe("naming records", () => {
  it("takes the generator's rule, and the overlay's where it has one", () => {
    expect(nameRuleOf(resource("users"))).toEqual([["firstName", "lastName"], ["email"]]);
    expect(nameRuleOf(resource("locations"))[0]).toEqual(["name"]);
    expect(nameRuleOf(resource("evses"))[0]).toEqual(["physicalReference"]);
  });

  it("names a record in hand the way Rust names the ones it looks up", () => {
    const users = resource("users");
    expect(nameOf({ id: 7, firstName: "Anna", lastName: "Novak" }, users)).toBe("Anna Novak");
    expect(nameOf({ id: 8, firstName: "", email: "bob@example.com" }, users)).toBe(
      "bob@example.com",
    );
    const site = { id: 12, name: [{ locale: "en", translation: "Munich Central" }] };
    expect(nameOf(site, resource("locations"))).toBe("Munich Central");
    expect(namedReferenceText("Munich Central", "12")).toBe("Munich Central · #12");
  });

  it("looks up top-level records by their read and leaves nested ones to their ids", () => {
    expect(nameLookup(resource("locations"), ["12"])).toMatchObject({
      read: "locationRead",
      ids: ["12"],
      rule: [["name"]],
    });
    expect(nameLookup(resource("charge-points.evses.connectors"), ["1"])).toBeNull();
  });

  it("offers a name column for each single reference to a named resource", () => {
    const fields = nameColumnsOf(resource("charge-points")).map((column) => column.field);
    expect(fields).toContain("locationId");
    expect(fields).not.toContain("chargingZoneId");
  });
});
