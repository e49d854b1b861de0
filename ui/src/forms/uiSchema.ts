// Picks a widget for every field of a request-body schema: readable enum labels, switches,
// date and time pickers, decimal steps, text areas, reference pickers and labelled anyOf
// branches. Derived from the schema alone, so every operation's form gets them.
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { fieldLabel, optionLabel } from "../format/labels";
import { branchLabel } from "./labels";
import { LIST_GROUP_OPTION } from "./ListItemTemplate";
import { referenceTarget } from "./references";
import { isSecretField } from "../format/secrets";

/** Names of string fields that usually hold sentences rather than one line. */
const LONG_TEXT_FIELDS =
  /^(description|message|text|comment|comments|notes?|content|answer|body|reason|details)$/i;
/** Longer limits than a one-line input comfortably shows. */
const LONG_TEXT_LENGTH = 255;
/** `HH:MM` and `HH:MM:SS`, as the converted `time` format and the spec's own patterns spell them. */
const TIME_PATTERN = /^\^(\(\[01\]|\\d\{2\}:)/;

function typesOf(schema: RJSFSchema): string[] {
  return schema.type === undefined ? [] : [schema.type].flat();
}

export function isTimePattern(pattern: string | undefined): { seconds: boolean } | null {
  if (pattern === undefined || !pattern.includes(":") || !TIME_PATTERN.test(pattern)) return null;
  return { seconds: pattern.split(":").length > 2 };
}

/** An object of entries the operator names: no fields of its own, any key allowed. */
function isOpenMap(schema: RJSFSchema): boolean {
  return (
    typesOf(schema).includes("object") &&
    Object.keys(schema.properties ?? {}).length === 0 &&
    schema.additionalProperties !== undefined &&
    schema.additionalProperties !== false
  );
}

export function buildUiSchema(schema: RJSFSchema, name = ""): UiSchema {
  const ui: UiSchema = {};
  const types = typesOf(schema);
  const reference = name === "" ? null : referenceTarget(name);
  // "first_name" → "First name": labels in words, unless the schema names the field itself.
  if (name !== "" && schema.title === undefined) ui["ui:title"] = fieldLabel(name);

  if (
    reference !== null &&
    (types.includes("integer") || types.includes("string") || types.includes("array"))
  ) {
    const items =
      typeof schema.items === "object" && !Array.isArray(schema.items) ? schema.items : null;
    const numeric = reference.many
      ? items !== null && typesOf(items).some((type) => type === "integer" || type === "number")
      : types.includes("integer") || types.includes("number");
    ui["ui:widget"] = "ReferenceWidget";
    ui["ui:options"] = {
      resource: reference.resource,
      many: types.includes("array"),
      numeric,
      parents: reference.parents,
    };
    return ui;
  }

  if (Array.isArray(schema.enum)) {
    ui["ui:enumNames"] = schema.enum.map(optionLabel);
  }
  if (types.includes("boolean")) {
    ui["ui:widget"] = "SwitchWidget";
  }
  if (types.includes("string") && schema.enum === undefined) {
    const time = isTimePattern(schema.pattern);
    if (time !== null) {
      ui["ui:widget"] = "TimeWidget";
      ui["ui:options"] = { seconds: time.seconds };
    } else if (isSecretField(name)) {
      ui["ui:widget"] = "SecretWidget";
    } else if (
      schema.format === undefined &&
      (LONG_TEXT_FIELDS.test(name) || (schema.maxLength ?? 0) > LONG_TEXT_LENGTH)
    ) {
      ui["ui:widget"] = "textarea";
    }
  }
  if (types.includes("number")) {
    ui["ui:options"] = { step: 0.01 };
  }
  if (isOpenMap(schema)) {
    // Mostly texts per language in this API (a tariff's description), else named settings.
    ui["ui:description"] =
      "Press + to add an entry: its key (for a text per language, the language code such as en) and its value.";
  }

  // rjsf merges allOf branches into one object, so their fields share this level's uiSchema.
  const mergedBranches = (schema.allOf ?? []).filter(
    (branch): branch is RJSFSchema => typeof branch === "object",
  );
  for (const source of [schema, ...mergedBranches]) {
    for (const [key, child] of Object.entries(source.properties ?? {})) {
      if (typeof child !== "object") continue;
      const childUi = buildUiSchema(child, key);
      if (Object.keys(childUi).length > 0) ui[key] = { ...(ui[key] as object), ...childUi };
    }
  }
  if (typeof schema.items === "object" && !Array.isArray(schema.items)) {
    // The list's own title names its items; without this each one would be titled with the
    // field's raw name and a number ("accessMethods-1").
    const itemsUi: UiSchema = { ...buildUiSchema(schema.items), "ui:title": "" };
    if (typesOf(schema.items).includes("object")) {
      itemsUi["ui:options"] = {
        ...(itemsUi["ui:options"] as object | undefined),
        [LIST_GROUP_OPTION]: true,
      };
    } else {
      // A plain item shows no label; screen readers still hear what the list holds. (The
      // input widgets hand their options on to the Mantine input as props.)
      const listLabel = schema.title ?? (name !== "" ? fieldLabel(name) : "List");
      itemsUi["ui:options"] = {
        ...(itemsUi["ui:options"] as object | undefined),
        "aria-label": `${listLabel}: item`,
      };
    }
    ui.items = itemsUi;
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    ui[key] = branches.map((branch, index) =>
      typeof branch === "object"
        ? { ...buildUiSchema(branch, name), "ui:title": branchLabel(branch, index) }
        : {},
    );
  }
  return ui;
}
