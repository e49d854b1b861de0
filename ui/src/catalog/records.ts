import type { Value } from "../bindings";

/** The id of a record as text, or null when it has none. */
export function recordId(record: Record<string, Value>): string | null {
  const id = record.id ?? record.key ?? record.uid;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
}

/** A record as the API sends it: a JSON object. */
export type ApiRecord = Record<string, Value>;

/** The record itself: the API wraps single records in `{data: …}`. */
export function unwrapData(body: Value): Value {
  if (body !== null && typeof body === "object" && !Array.isArray(body) && "data" in body) {
    return body.data ?? null;
  }
  return body;
}

export function isRecord(value: Value | undefined): value is ApiRecord {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
