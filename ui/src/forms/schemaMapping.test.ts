import type { RJSFSchema } from "@rjsf/utils";
import { describe, expect, it } from "vitest";
import { changedFields, editableValues, readOnlyValues, wholeBody } from "./body";
import { buildUiSchema } from "./uiSchema";
import { optionLabel } from "../format/labels";
import { errorSchemaFromFieldErrors, matchesShape } from "./validator";
import { requestSchemaIds, requestSchemaOf } from "./testing/backend";

function realSchema(operationId: string): RJSFSchema {
  return requestSchemaOf(operationId) as RJSFSchema;
}

function widgetsIn(ui: unknown, found: string[] = []): string[] {
  if (ui !== null && typeof ui === "object") {
    for (const [key, value] of Object.entries(ui)) {
      if (key === "ui:widget" && typeof value === "string") found.push(value);
      else widgetsIn(value, found);
    }
  }
  return found;
}

describe("widgets chosen from real schemas", () => {
  it("uses time inputs for HH:MM fields and reference pickers for ids", () => {
    const widgets = requestSchemaIds.flatMap((id) => widgetsIn(buildUiSchema(realSchema(id))));
    expect(widgets).toContain("TimeWidget");
    expect(widgets).toContain("ReferenceWidget");
    expect(widgets).toContain("SwitchWidget");
    expect(widgets).toContain("textarea");
  });

  it("hides what is typed into every secret field, behind an explicit Reveal", () => {
    expect(buildUiSchema(realSchema("userCreate")).password).toMatchObject({
      "ui:widget": "SecretWidget",
    });
    const widgets = requestSchemaIds.flatMap((id) => widgetsIn(buildUiSchema(realSchema(id))));
    expect(widgets.filter((widget) => widget === "SecretWidget").length).toBeGreaterThan(3);
    expect(widgets).not.toContain("password");
  });

  it("picks a time input for the smart-charging period times", () => {
    const ui = buildUiSchema(realSchema("chargePointSmartChargingUpdate"));
    expect(widgetsIn(ui)).toContain("TimeWidget");
  });

  it("explains how to fill a map of texts per language", () => {
    const ui = buildUiSchema(realSchema("tariffCreate"));
    expect(ui.description).toMatchObject({
      "ui:description": expect.stringContaining("language code") as unknown,
    });
    expect(ui.name?.["ui:description"]).toBeUndefined();
  });

  it("makes tariff ids of a tariff group a multi-record picker", () => {
    const ui = buildUiSchema(realSchema("tariffGroupUpdate"));
    expect(ui.tariffIds).toMatchObject({
      "ui:widget": "ReferenceWidget",
      "ui:options": { resource: "tariffs", many: true, numeric: true },
    });
  });
});

describe("labels", () => {
  it("reads enum values as words, leaving numbers and ranges alone", () => {
    expect(optionLabel("authorization.changed")).toBe("Authorization changed");
    expect(optionLabel("single_session")).toBe("Single session");
    expect(optionLabel("230")).toBe("230");
    expect(optionLabel("110-130")).toBe("110–130");
  });
});

describe("field errors", () => {
  const schema = realSchema("userUpdate");

  it("places dotted keys on nested fields and keeps unknown keys apart", () => {
    const { errorSchema, unplaced } = errorSchemaFromFieldErrors(
      { email: ["Taken."], "bankDetails.bankIban": ["Not an IBAN."], nonsense: ["?"] },
      schema,
    );
    expect(errorSchema).toEqual({
      email: { __errors: ["Taken."] },
      bankDetails: { bankIban: { __errors: ["Not an IBAN."] } },
    });
    expect(unplaced.map((error) => error.property)).toEqual(["nonsense"]);
  });
});

describe("anyOf matching without a compiled validator", () => {
  const schema = realSchema("configurationTemplateVariableCreate");
  const [ocpp16, ocpp201] = schema.anyOf as RJSFSchema[];

  it("tells the branches apart by their required fields", () => {
    const data = { keyName: "HeartbeatInterval", value: "60" };
    expect(matchesShape(ocpp16!, data, schema)).toBe(true);
    expect(matchesShape(ocpp201!, data, schema)).toBe(false);
  });
});

describe("PATCH bodies", () => {
  it("contain only changed fields, and null for cleared nullable ones", () => {
    const schema = realSchema("userUpdate");
    const before = { first_name: "Ann", externalId: "x-1", city: "Sofia" };
    const after = { first_name: "Anna", externalId: undefined, city: "Sofia" };
    expect(changedFields(before, after as never, schema)).toEqual({
      first_name: "Anna",
      externalId: null,
    });
  });

  it("keep the fields the schema requires even when unchanged", () => {
    const schema = realSchema("transactionUpdate");
    expect(schema?.required).toContain("status");
    const before = { status: "finalized", totalAmount: 10, ref: "a" };
    const after = { status: "finalized", totalAmount: 10, ref: "b" };
    expect(changedFields(before, after as never, schema)).toEqual({
      status: "finalized",
      totalAmount: 10,
      ref: "b",
    });
  });
});

describe("edit forms", () => {
  it("start from the record's values, also where the body spells a field in snake_case", () => {
    const schema = realSchema("userUpdate");
    const record = { id: 5, firstName: "Ann", email: "ann@example.com", createdAt: "2026-01-01" };
    expect(editableValues(record, schema)).toEqual({ first_name: "Ann", email: "ann@example.com" });
    expect(readOnlyValues(record, schema)).toEqual([
      ["id", 5],
      ["createdAt", "2026-01-01"],
    ]);
  });
});

describe("POST and PUT bodies", () => {
  it("drop empty optional sections but keep required fields given as an empty object", () => {
    const schema = realSchema("locationCreateDeprecated");
    expect(wholeBody({ name: {}, description: {}, city: "Sofia" }, schema)).toEqual({
      name: {},
      city: "Sofia",
    });
  });
});
