// Row buttons for every row of a listing, kept records included: a row still drawn from its
// light copy (keptCopies.ts) shows none until the table has swapped in its whole record, so an
// edit form or action never starts from a copy's few fields.
import { useMemo, type ReactNode } from "react";
import type { ApiRecord } from "../catalog/records";
import { keptOrigin } from "./keptCopies";

export function useWholeRecordActions(
  rowActions: ((record: ApiRecord) => ReactNode) | undefined,
): ((record: ApiRecord) => ReactNode) | undefined {
  return useMemo(
    () =>
      rowActions &&
      ((record: ApiRecord) => (keptOrigin(record) === undefined ? rowActions(record) : null)),
    [rowActions],
  );
}
