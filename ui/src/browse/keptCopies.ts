// The window's side of the records Load all kept on the Rust side: a light copy of each, with
// only the fields the screen reads (the columns shown, what names the record, what its links
// and actions address it by). The table sorts, selects and draws from these; a row's buttons
// ask for the whole record (KeptRowActions.tsx).
import { useEffect, useRef, useState } from "react";
import type { Value } from "../bindings";
import { keptFields } from "../api/keptRows";
import type { CatalogResource } from "../catalog/catalogIndex";
import { nameRuleOf } from "../catalog/names";
import type { ApiRecord } from "../catalog/records";
import { CURRENCY_FIELDS } from "../format/format";
import { markListingData } from "./listingTiming";
import { batchIntervalMs } from "./batching";
import type { KeptRows } from "./useLoadedListing";

/** Where each copy came from, so its whole record can be asked for. */
const origins = new WeakMap<object, { key: string; index: number }>();

/** The kept listing and place of `record` when it is a light copy; undefined otherwise. */
export function keptOrigin(record: object): { key: string; index: number } | undefined {
  return origins.get(record);
}

/** The fields a light copy holds: the columns shown and what names, links and acts on a record. */
export function keptFieldNames(resource: CatalogResource, shown: readonly string[]): string[] {
  const names = new Set<string>(["id", ...shown, ...CURRENCY_FIELDS]);
  for (const rule of nameRuleOf(resource)) for (const field of rule) names.add(field);
  for (const reference of resource.references) {
    names.add(reference.field);
    for (const field of Object.values(reference.path)) names.add(field);
  }
  return [...names].sort();
}

interface Copies {
  key: string;
  fields: string;
  rows: readonly ApiRecord[];
  /** Asking for more failed (the records are no longer kept): no more is asked. */
  failed?: boolean;
}

const NONE: readonly ApiRecord[] = [];

/**
 * The light copies of the records `kept` holds, in its order, and whether they are all here
 * (or no more can come). They arrive in batches while Load
 * all runs: each new batch makes the table sort every row again, so a batch is asked for at
 * most every `batchIntervalMs(rows)` while `loading`, and at once when it is not.
 */
export function useKeptCopies(
  kept: KeptRows | null,
  fields: readonly string[],
  resourceKey: string,
  loading: boolean,
): { rows: readonly ApiRecord[]; complete: boolean } {
  const fieldsText = fields.join("\n");
  const [copies, setCopies] = useState<Copies | null>(null);
  const matching = kept !== null && copies?.key === kept.key && copies.fields === fieldsText;
  const have = matching ? copies.rows.length : 0;
  const failed = matching && copies.failed === true;
  const want = kept?.count ?? 0;
  const key = kept?.key;
  const [asking, setAsking] = useState(false);
  const lastArrival = useRef(0);

  useEffect(() => {
    if (key === undefined || have >= want || asking || failed) return;
    const names = fieldsText.split("\n");
    const wait = loading ? batchIntervalMs(have) - (performance.now() - lastArrival.current) : 0;
    const timer = setTimeout(
      () => {
        setAsking(true);
        keptFields(key, names, have)
          .then((values) => {
            lastArrival.current = performance.now();
            markListingData(resourceKey, values.length);
            setCopies((before) => {
              const base =
                before !== null && before.key === key && before.fields === fieldsText
                  ? before.rows
                  : NONE;
              // An answer for rows already copied (or for other fields) is not added twice.
              if (base.length !== have) return before;
              const added = values.map((value, place) => copyOf(value, key, have + place));
              return { key, fields: fieldsText, rows: [...base, ...added] };
            });
          })
          .catch(() =>
            setCopies((before) =>
              before !== null && before.key === key && before.fields === fieldsText
                ? { ...before, failed: true }
                : { key, fields: fieldsText, rows: NONE, failed: true },
            ),
          )
          .finally(() => setAsking(false));
      },
      Math.max(0, wait),
    );
    return () => clearTimeout(timer);
  }, [key, fieldsText, have, want, loading, asking, failed, resourceKey]);

  return { rows: matching ? copies.rows : NONE, complete: have >= want || failed };
}

function copyOf(value: Value, key: string, index: number): ApiRecord {
  const copy =
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as ApiRecord)
      : {};
  origins.set(copy, { key, index });
  return copy;
}
