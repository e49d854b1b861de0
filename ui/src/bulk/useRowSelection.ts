// The selection of one listing, kept while the operator pages, loads more or sorts, and
// dropped when the listing itself changes (another resource or parent record).
import { useCallback, useMemo, useState } from "react";
import { recordId, type ApiRecord } from "../catalog/records";
import {
  EMPTY_SELECTION,
  toggled,
  withRecords,
  withoutRecords,
  type SelectionState,
} from "./selection";

export interface RowSelection {
  /** The selected records, in the order they were selected. */
  records: readonly ApiRecord[];
  count: number;
  isSelected: (record: ApiRecord) => boolean;
  /** One row's checkbox; `order` is the rows as the table shows them, for Shift ranges. */
  toggle: (record: ApiRecord, shift: boolean, order: readonly ApiRecord[]) => void;
  select: (records: readonly ApiRecord[]) => void;
  unselect: (records: readonly ApiRecord[]) => void;
  clear: () => void;
}

/** `scope` names the listing (resource and parent ids); a new scope starts empty. */
export function useRowSelection(scope: string): RowSelection {
  const [held, setHeld] = useState<{ scope: string; state: SelectionState }>({
    scope,
    state: EMPTY_SELECTION,
  });
  const state = held.scope === scope ? held.state : EMPTY_SELECTION;
  const update = useCallback(
    (change: (state: SelectionState) => SelectionState) =>
      setHeld((current) => ({
        scope,
        state: change(current.scope === scope ? current.state : EMPTY_SELECTION),
      })),
    [scope],
  );
  return useMemo<RowSelection>(
    () => ({
      records: [...state.records.values()],
      count: state.records.size,
      isSelected: (record) => {
        const id = recordId(record);
        return id !== null && state.records.has(id);
      },
      toggle: (record, shift, order) => update((s) => toggled(s, record, shift, order)),
      select: (records) => update((s) => withRecords(s, records)),
      unselect: (records) => update((s) => withoutRecords(s, records)),
      clear: () => update(() => EMPTY_SELECTION),
    }),
    [state, update],
  );
}
