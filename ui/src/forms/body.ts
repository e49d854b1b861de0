// What a form sends: the whole object for POST and PUT, only what changed for PATCH, and the
// record's own values — limited to the fields the body schema accepts — to start an edit from.
import type { RJSFSchema } from "@rjsf/utils";
import type { Value } from "../bindings";
import { allowsNull, requiredFields, topLevelFields } from "./schema";

export type Body = Record<string, Value>;

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Body)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Body)[key] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => deepEqual((a as Body)[key], (b as Body)[key]))
  );
}

function isEmptyObject(value: Value): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}

/**
 * Drops `undefined` (fields the operator left empty) at every depth, and nested objects left
 * empty: the form opens optional sections as `{}`, which would send a section nobody filled.
 */
export function pruneUndefined(value: unknown): Value {
  if (Array.isArray(value)) return value.map(pruneUndefined);
  if (typeof value === "object" && value !== null) {
    const result: Body = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const pruned = pruneUndefined(child);
      if (!isEmptyObject(pruned)) result[key] = pruned;
    }
    return result;
  }
  return value as Value;
}

/**
 * The POST or PUT body: what was entered, pruned, with the required fields that hold an
 * empty object kept — the schema asks for them, even empty (a location's `name` map).
 */
export function wholeBody(data: Body, schema: RJSFSchema | null): Value {
  const pruned = pruneUndefined(data);
  if (typeof pruned !== "object" || pruned === null || Array.isArray(pruned)) return pruned;
  for (const key of requiredFields(schema)) {
    const value = data[key];
    if (value !== undefined && isEmptyObject(value) && !(key in pruned)) pruned[key] = {};
  }
  return pruned;
}

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The record's key holding a body field's value. Some write bodies spell fields in snake_case
 * (`first_name`) where the records they change use camelCase (`firstName`).
 */
function recordKeyOf(record: Body, field: string): string | null {
  if (field in record) return field;
  const camel = camelCase(field);
  return camel in record ? camel : null;
}

/** The record's values the edit form starts from: only fields the body schema accepts. */
export function editableValues(record: Body, schema: RJSFSchema | null): Body {
  const values: Body = {};
  for (const field of topLevelFields(schema)) {
    const key = recordKeyOf(record, field);
    if (key === null) continue;
    const value = record[key]!;
    // A null the schema does not allow would only show up as an error nobody made.
    if (value !== null || allowsNull(schema, field)) values[field] = value;
  }
  return values;
}

/** The record's fields the form cannot change, shown above it for reference. */
export function readOnlyValues(record: Body, schema: RJSFSchema | null): [string, Value][] {
  const editable = new Set(
    [...topLevelFields(schema)].map((field) => recordKeyOf(record, field) ?? field),
  );
  return Object.entries(record).filter(
    ([key, value]) => !editable.has(key) && (value === null || typeof value !== "object"),
  );
}

/**
 * The PATCH body: fields whose value differs from the record's. A field the operator cleared
 * is sent as null where the schema allows it, and left out otherwise. Fields the schema
 * requires go along unchanged: some PATCH operations insist on them (a transaction's status).
 */
export function changedFields(initial: Body, current: Body, schema: RJSFSchema | null): Body {
  const changes: Body = {};
  const required = requiredFields(schema);
  for (const [key, value] of Object.entries(current)) {
    if (value !== undefined && (required.has(key) || !deepEqual(value, initial[key]))) {
      changes[key] = pruneUndefined(value);
    }
  }
  for (const key of Object.keys(initial)) {
    if (current[key] === undefined && initial[key] !== null && allowsNull(schema, key)) {
      changes[key] = null;
    }
  }
  return changes;
}
