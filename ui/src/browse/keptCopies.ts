// The window's side of the records Load all kept on the Rust side. Every record has a light
// copy here with only what sorting and selecting all of them reads (its id, name, currency,
// the sorted columns, the ids its parents are addressed by); the rows in view swap their copy
// for the whole record, asked for as they come into view, and only a few hundred of those stay.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Value } from "../bindings";
import { keptFields, keptRecord } from "../api/keptRows";
import type { CatalogResource } from "../catalog/catalogIndex";
import { nameRuleOf } from "../catalog/names";
import { isRecord, type ApiRecord } from "../catalog/records";
import { CURRENCY_FIELDS } from "../format/format";
import { markListingData } from "./listingTiming";
import { batchWaitMs } from "./batching";
import type { KeptRows } from "./useLoadedListing";

/** Where each copy came from, so its whole record can be asked for. */
const origins = new WeakMap<object, { key: string; index: number }>();

/** The kept listing and place of `record` when it is a light copy; undefined otherwise. */
export function keptOrigin(record: object): { key: string; index: number } | undefined {
  return origins.get(record);
}

/** The fields a light copy holds: what names and addresses a record, and the sorted columns. */
export function keptFieldNames(resource: CatalogResource, sorted: readonly string[]): string[] {
  const names = new Set<string>(["id", ...sorted, ...CURRENCY_FIELDS]);
  for (const rule of nameRuleOf(resource)) for (const field of rule) names.add(field);
  for (const reference of resource.references) {
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
 * all runs: each new batch makes the table sort every row again, so while `loading` a batch
 * is asked for as `batchWaitMs` says, and at once when it is not.
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
    const wait = loading ? batchWaitMs(have, want, performance.now() - lastArrival.current) : 0;
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

  // While copies with other fields are asked for (a new sort), the ones here stay shown.
  const rows = kept !== null && copies?.key === kept.key ? copies.rows : NONE;
  return { rows, complete: want === 0 || failed || (matching && have >= want) };
}

function copyOf(value: Value, key: string, index: number): ApiRecord {
  const copy =
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as ApiRecord)
      : {};
  origins.set(copy, { key, index });
  return copy;
}

/** At most this many whole records stay in the window: a few screenfuls around the view. */
const WHOLE_RECORDS_KEPT = 500;

/**
 * Whole records for the light copies in view: `request` asks for those not here yet (one call
 * for a screenful), `whole` finds one that arrived. The window holds the most recently shown
 * `WHOLE_RECORDS_KEPT` of them.
 */
export function useWholeKeptRecords() {
  const cache = useRef(new Map<ApiRecord, ApiRecord>());
  const asked = useRef(new Set<ApiRecord>());
  const [arrivals, setArrivals] = useState(0);

  const request = useCallback((records: readonly ApiRecord[]) => {
    const missing: ApiRecord[] = [];
    for (const record of records) {
      if (keptOrigin(record) === undefined || asked.current.has(record)) continue;
      const whole = cache.current.get(record);
      if (whole === undefined) missing.push(record);
      else {
        // Shown again: the newest in the cache, the last to go.
        cache.current.delete(record);
        cache.current.set(record, whole);
      }
    }
    if (missing.length === 0) return;
    for (const record of missing) asked.current.add(record);
    void Promise.allSettled(
      missing.map((record) => {
        const origin = keptOrigin(record);
        return origin === undefined ? Promise.resolve(null) : keptRecord(origin.key, origin.index);
      }),
    ).then((outcomes) => {
      outcomes.forEach((outcome, place) => {
        const copy = missing[place];
        if (copy === undefined) return;
        asked.current.delete(copy);
        if (outcome.status === "fulfilled" && isRecord(outcome.value)) {
          cache.current.set(copy, outcome.value);
        }
      });
      for (const oldest of cache.current.keys()) {
        if (cache.current.size <= WHOLE_RECORDS_KEPT) break;
        cache.current.delete(oldest);
      }
      setArrivals((count) => count + 1);
    });
  }, []);

  // A new function after each arrival, so the table draws what arrived.
  const whole = useCallback(
    (record: ApiRecord): ApiRecord | undefined => cache.current.get(record),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the arrivals are what renew it
    [arrivals],
  );
  return { whole, request };
}
