// Row buttons for every row of a listing, kept records included (see WholeKeptRecord.tsx).
import { useMemo, type ReactNode } from "react";
import type { ApiRecord } from "../catalog/records";
import { keptOrigin } from "./keptCopies";
import { WholeKeptRecord } from "./WholeKeptRecord";

/** `rowActions` handed whole records, also for rows that are light copies. */
export function useWholeRecordActions(
  rowActions: ((record: ApiRecord) => ReactNode) | undefined,
): ((record: ApiRecord) => ReactNode) | undefined {
  return useMemo(
    () =>
      rowActions &&
      ((record: ApiRecord) =>
        keptOrigin(record) === undefined ? (
          rowActions(record)
        ) : (
          <WholeKeptRecord record={record}>{rowActions}</WholeKeptRecord>
        )),
    [rowActions],
  );
}
