// What needs a whole record (a row's edit form and actions) gets it: a light copy of a record
// Load all kept (keptCopies.ts) is swapped for the whole record, asked of the Rust side when
// the row's buttons mount. Nothing shows until it has arrived, as for a row not yet painted.
import { useEffect, useState, type ReactNode } from "react";
import { keptRecord } from "../api/keptRows";
import { isRecord, type ApiRecord } from "../catalog/records";
import { keptOrigin } from "./keptCopies";

interface WholeKeptRecordProps {
  record: ApiRecord;
  children: (record: ApiRecord) => ReactNode;
}

export function WholeKeptRecord({ record, children }: WholeKeptRecordProps) {
  const origin = keptOrigin(record);
  const [whole, setWhole] = useState<{ of: ApiRecord; record: ApiRecord } | null>(null);
  useEffect(() => {
    if (origin === undefined) return;
    let live = true;
    keptRecord(origin.key, origin.index).then(
      (value) => {
        if (live && isRecord(value)) setWhole({ of: record, record: value });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [origin, record]);
  if (origin === undefined) return children(record);
  return whole?.of === record ? children(whole.record) : null;
}
