// The form's validator. The window's CSP forbids `unsafe-eval`, so rjsf's Ajv validator, which
// compiles schemas into functions at run time, cannot run here. Full validation happens on the
// Rust side (`validateRequestBody`, the same check the create/update/action commands apply)
// and its messages come back through `extraErrors`. What rjsf still needs locally is
// `isValid`, which it uses to tell which anyOf/oneOf branch the current data matches: a
// structural check of types, required keys, enums and constants is enough for that.
import type {
  ErrorSchema,
  RJSFSchema,
  RJSFValidationError,
  ValidationData,
  ValidatorType,
} from "@rjsf/utils";

type Json = unknown;

function typeMatches(type: string, value: Json): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "string":
      return typeof value === "string";
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

function resolveRef(schema: RJSFSchema, root: RJSFSchema): RJSFSchema {
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return schema;
  let target: unknown = root;
  for (const segment of ref.slice(2).split("/")) {
    target = (target as Record<string, unknown> | undefined)?.[segment];
  }
  return typeof target === "object" && target !== null ? (target as RJSFSchema) : schema;
}

/** Whether `value` fits `schema` in shape: enough to pick an anyOf branch, not a full check. */
export function matchesShape(
  schemaIn: RJSFSchema | boolean,
  value: Json,
  root: RJSFSchema,
): boolean {
  if (typeof schemaIn === "boolean") return schemaIn;
  const schema = resolveRef(schemaIn, root);
  if (value === undefined) return true;
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length > 0 && !types.some((type) => typeMatches(type, value))) return false;
  if ("const" in schema && schema.const !== value) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as never)) return false;
  if (typeMatches("object", value)) {
    const record = value as Record<string, Json>;
    for (const key of schema.required ?? []) {
      if (record[key] === undefined) return false;
    }
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (!matchesShape(child as RJSFSchema, record[key], root)) return false;
    }
  }
  if (
    Array.isArray(schema.allOf) &&
    !schema.allOf.every((s) => matchesShape(s as RJSFSchema, value, root))
  )
    return false;
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((s) => matchesShape(s as RJSFSchema, value, root))
  )
    return false;
  if (
    Array.isArray(schema.oneOf) &&
    !schema.oneOf.some((s) => matchesShape(s as RJSFSchema, value, root))
  )
    return false;
  return true;
}

export const shapeValidator: ValidatorType = {
  validateFormData(): ValidationData<unknown> {
    return { errors: [], errorSchema: {} };
  },
  isValid(schema, formData, rootSchema) {
    return matchesShape(schema, formData, rootSchema);
  },
  rawValidation() {
    return { errors: [] };
  },
};

/**
 * Turns `{ "options.sessionsAllowed": ["…"], "items.0.name": ["…"] }` — the field keys of a
 * 422 answer or of the Rust check — into rjsf's nested error schema, so each message shows on
 * its own field. Keys that match no field of the form are returned apart, for a summary.
 */
export function errorSchemaFromFieldErrors(
  errors: Readonly<Partial<Record<string, readonly string[]>>>,
  schema: RJSFSchema,
): { errorSchema: ErrorSchema; unplaced: RJSFValidationError[] } {
  const errorSchema: Record<string, unknown> = {};
  const unplaced: RJSFValidationError[] = [];
  for (const [key, found] of Object.entries(errors)) {
    const messages = found ?? [];
    const segments = key.split(/[.[\]]+/).filter((segment) => segment !== "");
    if (segments.length === 0 || !hasField(schema, segments[0]!)) {
      for (const message of messages) unplaced.push({ property: key, message, stack: message });
      continue;
    }
    let node = errorSchema;
    for (const segment of segments) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), ...messages];
  }
  return { errorSchema: errorSchema as ErrorSchema, unplaced };
}

function hasField(schema: RJSFSchema, name: string): boolean {
  if (schema.properties !== undefined && name in schema.properties) return true;
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return branches.some((branch) => typeof branch === "object" && hasField(branch, name));
}
