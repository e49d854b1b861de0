// Request-body schemas as the Rust side converted them from the vendor spec, fetched once per
// operation and prepared for rjsf.
import { queryOptions } from "@tanstack/react-query";
import type { RJSFSchema } from "@rjsf/utils";
import { commands } from "../bindings";
import { unwrapResult } from "../api/bridge";
import { mergeEnumChoices } from "./enumChoices";

/** The body schema of an operation, or null when it takes no body. */
export async function loadRequestSchema(operationId: string): Promise<RJSFSchema | null> {
  const schema = unwrapResult(await commands.requestBodySchema(operationId));
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return null;
  // The draft marker only matters to a compiling validator, which does not run in the window.
  const { $schema: _draft, ...rest } = schema as Record<string, unknown>;
  return mergeEnumChoices(rest as RJSFSchema);
}

export function requestSchemaQuery(operationId: string) {
  return queryOptions({
    queryKey: ["forms", "schema", operationId],
    queryFn: () => loadRequestSchema(operationId),
    // Schemas are compiled into the app: they never change while it runs.
    staleTime: Infinity,
    retry: false,
  });
}

/** The names of the body's top-level fields, including those of every anyOf/oneOf branch. */
export function topLevelFields(schema: RJSFSchema | null): Set<string> {
  const fields = new Set<string>();
  if (schema === null) return fields;
  for (const name of Object.keys(schema.properties ?? {})) fields.add(name);
  for (const branch of [
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.allOf ?? []),
  ]) {
    if (typeof branch === "object") for (const name of topLevelFields(branch)) fields.add(name);
  }
  return fields;
}

export function allowsNull(schema: RJSFSchema | null, field: string): boolean {
  const property = schema?.properties?.[field];
  if (typeof property !== "object") return false;
  const types = property.type === undefined ? [] : [property.type].flat();
  return types.includes("null");
}

/** The top-level fields the body must have: its own `required` and every allOf part's. */
export function requiredFields(schema: RJSFSchema | null): Set<string> {
  const fields = new Set<string>(schema?.required ?? []);
  for (const part of schema?.allOf ?? []) {
    if (typeof part === "object") for (const name of requiredFields(part)) fields.add(name);
  }
  return fields;
}
