import { describe, expect, it } from "vitest";
import type { Value } from "../bindings";
import { statusColor } from "../overlay/statusColors";
import { setBaseCurrency } from "./baseCurrency";
import {
  countryName,
  formatCount,
  languageName,
  formatDateTime,
  formatDuration,
  formatterFor,
  plainText,
  summariseArray,
  summariseObject,
  type FieldShape,
} from "./format";

const show = (field: FieldShape, value: Value | undefined, record?: Record<string, Value>) =>
  formatterFor(field)(value, record);

describe("formatterFor", () => {
  it("shows dates in the operator's locale and time zone", () => {
    const value = "2026-03-01T10:15:00Z";
    const expected = new Intl.DateTimeFormat(undefined, {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(value));
    expect(show({ name: "lastUpdatedAt", format: "date-time" }, value)).toEqual({
      kind: "text",
      text: expected,
    });
    expect(formatDateTime(value)).toBe(expected);
  });

  it("keeps a date-time it cannot parse as it came", () => {
    expect(plainText(show({ name: "createdAt", format: "date-time" }, "2026-99-99 soon"))).toBe(
      "2026-99-99 soon",
    );
  });

  it("shows money with the record's currency", () => {
    const expected = new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: "EUR",
    }).format(12.5);
    expect(plainText(show({ name: "amount", type: "number" }, 12.5, { currency: "EUR" }))).toBe(
      expected,
    );
    expect(
      plainText(show({ name: "totalAmount", type: "string" }, "12.50", { currency: "eur" })),
    ).toBe(expected);
  });

  it("shows money without a currency as a plain number", () => {
    expect(plainText(show({ name: "balance", type: "number" }, 3, {}))).toBe("3");
    expect(plainText(show({ name: "amount", type: "number" }, 3, {}))).toBe("3");
  });

  it("shows a user's balance in the tenant's base currency, which the record does not name", () => {
    const expected = new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: "EUR",
    }).format(3);
    setBaseCurrency("EUR");
    try {
      expect(plainText(show({ name: "balance", type: "number" }, 3, {}))).toBe(expected);
      // Other amounts are in their record's own currency, never assumed to be the base one.
      expect(plainText(show({ name: "amount", type: "number" }, 3, {}))).toBe("3");
    } finally {
      setBaseCurrency(null);
    }
  });

  it("shows energy in kWh, from Wh where the API counts Wh", () => {
    expect(plainText(show({ name: "energy", type: "integer" }, 12345))).toBe(
      `${(12.345).toLocaleString()} kWh`,
    );
    expect(plainText(show({ name: "totalEnergy", type: "number" }, 7))).toBe("7 kWh");
    expect(plainText(show({ name: "stopWhenEnergyExceedsKwh", type: "number" }, 40))).toBe(
      "40 kWh",
    );
  });

  it("shows power in kW, shares in per cent and costs as money", () => {
    expect(plainText(show({ name: "powerKw", type: "number" }, 7.4))).toBe(
      `${(7.4).toLocaleString()} kW`,
    );
    expect(plainText(show({ name: "socPercent", type: "number" }, 80))).toBe("80 %");
    expect(plainText(show({ name: "taxRate", type: "integer" }, 21))).toBe("21 %");
    const euros = new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR" });
    expect(
      plainText(show({ name: "electricityCost", type: "number" }, 36.34, { currency: "EUR" })),
    ).toBe(euros.format(36.34));
  });

  it("reads enum values spelled with spaces as labels, keeping the API's own capitals", () => {
    const type = {
      name: "type",
      type: "string",
      enumValues: ["energy tou", "flat rate", "Hubject OICP 2.2"],
    };
    expect(plainText(show(type, "energy tou"))).toBe("Energy TOU");
    expect(plainText(show(type, "flat rate"))).toBe("Flat rate");
    expect(plainText(show(type, "Hubject OICP 2.2"))).toBe("Hubject OICP 2.2");
  });

  it("never reads out a password the tenant returns", () => {
    expect(plainText(show({ name: "password", type: "string" }, "Secret-pass-1"))).toBe("••••••••");
  });

  it("never reads out any other secret of the generated list: PINs, API keys, tokens", () => {
    expect(plainText(show({ name: "pin", type: "string" }, "4711"))).toBe("••••••••");
    expect(plainText(show({ name: "pin", type: "integer" }, 4711))).toBe("••••••••");
    expect(plainText(show({ name: "adyenApiKey", type: "string" }, "AQE-1"))).toBe("••••••••");
    expect(plainText(show({ name: "saslPassword", type: "string" }, "s"))).toBe("••••••••");
    expect(plainText(show({ name: "adminToken", type: "string" }, "t-1"))).toBe("••••••••");
    expect(plainText(show({ name: "keyName", type: "string" }, "HeartbeatInterval"))).toBe(
      "HeartbeatInterval",
    );
  });

  it("shows durations in hours and minutes", () => {
    expect(plainText(show({ name: "duration", type: "integer" }, 65))).toBe("1 h 5 min");
    expect(plainText(show({ name: "timeLimitMinutes", type: "integer" }, 30))).toBe("30 min");
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(2 * 86400 + 3 * 3600)).toBe("2 d 3 h");
  });

  it("shows booleans as Yes and No", () => {
    expect(plainText(show({ name: "roaming", type: "boolean" }, true))).toBe("Yes");
    expect(plainText(show({ name: "roaming", type: "boolean" }, false))).toBe("No");
  });

  it("shows statuses as coloured badges with readable labels", () => {
    expect(show({ name: "status", enumValues: ["available"] }, "available")).toEqual({
      kind: "badge",
      text: "Available",
      color: "green",
    });
    expect(show({ name: "hardwareStatus" }, "faulted")).toEqual({
      kind: "badge",
      text: "Faulted",
      color: "red",
    });
  });

  it("shows an enum value the catalog does not know, in a neutral badge", () => {
    expect(show({ name: "status", enumValues: ["available"] }, "brand_new_state")).toEqual({
      kind: "badge",
      text: "Brand new state",
      color: "gray",
    });
  });

  it("shows other enum values as readable labels", () => {
    expect(plainText(show({ name: "currentType", enumValues: ["ac", "dc"] }, "dc"))).toBe("DC");
    expect(plainText(show({ name: "method", enumValues: ["id_tag"] }, "id_tag"))).toBe("ID tag");
  });

  it("summarises nested arrays and objects", () => {
    expect(
      plainText(show({ name: "evses", type: "array" }, [{ id: 1 }, { id: 2 }, { id: 3 }])),
    ).toBe("3 EVSEs");
    expect(summariseArray("connectors", [{ id: 1 }])).toBe("1 connector");
    expect(summariseArray("tags", ["fast", "public"])).toBe("fast, public");
    expect(summariseArray("tags", [])).toBe("None");
    expect(summariseArray("facilities", ["MUSEUM", "RECREATION_AREA"])).toBe(
      "Museum, Recreation area",
    );
    expect(summariseArray("connectorTypes", ["AC", "DC"])).toBe("AC, DC");
    expect(summariseArray("capabilities", ["stop_transaction_on_ev_disconnect"])).toBe(
      "Stop transaction on EV disconnect",
    );
    expect(plainText(show({ name: "location", type: "object" }, { id: 4, name: "Depot" }))).toBe(
      "Depot",
    );
    expect(summariseObject({ id: 9 })).toBe("#9");
    expect(summariseObject({ a: 1, b: 2 })).toBe("2 fields");
  });

  it("shows missing values as a dash and never throws on odd shapes", () => {
    expect(show({ name: "name" }, null)).toEqual({ kind: "empty", text: "—" });
    expect(show({ name: "name" }, undefined).kind).toBe("empty");
    expect(plainText(show({ name: "mystery", type: "unknown" }, 42))).toBe("42");
    expect(plainText(show({ name: "mystery", type: "unknown" }, "x"))).toBe("x");
    expect(
      plainText(show({ name: "amount", type: "number" }, "not a number", { currency: "EUR" })),
    ).toBe("not a number");
  });
});

describe("values an operator reads by name", () => {
  it("names countries and languages instead of showing their codes", () => {
    expect(plainText(show({ name: "country", enumValues: ["AT", "DE"] }, "AT"))).toBe(
      new Intl.DisplayNames(undefined, { type: "region" }).of("AT"),
    );
    expect(plainText(show({ name: "locale" }, "de"))).toBe(
      new Intl.DisplayNames(undefined, { type: "language" }).of("de"),
    );
    expect(countryName("AT")).not.toBe("AT");
    expect(languageName("en_GB")).toBe(
      new Intl.DisplayNames(undefined, { type: "language" }).of("en-GB"),
    );
    // Not a code: shown as it is.
    expect(countryName("Austria")).toBe("Austria");
  });

  it("keeps badges for statuses: a state or province is text", () => {
    expect(show({ name: "state", enumValues: ["NSW", "VIC"] }, "NSW").kind).toBe("text");
    expect(show({ name: "hardwareStatus", enumValues: ["faulted"] }, "faulted").kind).toBe("badge");
  });

  it("tells out of order from disabled, and reads the API's spellings alike", () => {
    expect(statusColor("out of order")).not.toBe(statusColor("disabled"));
    expect(statusColor("out of order")).toBe(statusColor("out_of_order"));
    expect(statusColor("suspendedEV")).toBe(statusColor("suspended_ev"));
    expect(statusColor("long-term_unavailable")).toBe("red");
    expect(statusColor("temporarily_unavailable")).toBe("orange");
    expect(statusColor("faulted")).toBe("red");
    expect(statusColor("something new")).toBe("gray");
  });

  it("writes counts one way on every screen", () => {
    expect(formatCount(12005)).toBe(new Intl.NumberFormat().format(12005));
  });
});
