// The order the table sorts loaded records in.
import type { Value } from "../bindings";

type Row = Record<string, Value>;

/** Numbers compare as numbers, everything else by its formatted text; empty values last. */
/**
 * One collator for every comparison: `localeCompare` with options builds a new one per call,
 * which made sorting the records Load all brought (a sort per batch, on the main thread) the
 * slowest part of loading them.
 */
const COLLATOR = new Intl.Collator(undefined, { numeric: true });

export function compareValues(
  a: Value | undefined,
  b: Value | undefined,
  text: (value: Value | undefined, record: Row) => string,
  recordA: Row,
  recordB: Row,
): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const left = a === null || a === undefined ? "" : typeof a === "string" ? a : text(a, recordA);
  const right = b === null || b === undefined ? "" : typeof b === "string" ? b : text(b, recordB);
  if (left === "" || right === "") return left === right ? 0 : left === "" ? 1 : -1;
  return COLLATOR.compare(left, right);
}
