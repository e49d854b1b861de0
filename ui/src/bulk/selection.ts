// Which records of a listing are selected, by their id. The selection holds the records
// themselves, so records chosen on an earlier page stay chosen (and nameable) while the
// operator pages on. Pure: the hook in useRowSelection.ts keeps it in React state.
import { recordId, type ApiRecord } from "../catalog/records";

export interface SelectionState {
  /** Selected records by id, in the order they were selected. */
  records: ReadonlyMap<string, ApiRecord>;
  /** The record last clicked without Shift: one end of a Shift-click range. */
  anchor: string | null;
}

export const EMPTY_SELECTION: SelectionState = { records: new Map(), anchor: null };

/** Records that can be selected: only those with an id can be named in a request. */
export function selectable(records: readonly ApiRecord[]): [string, ApiRecord][] {
  return records.flatMap((record) => {
    const id = recordId(record);
    return id === null ? [] : [[id, record] as [string, ApiRecord]];
  });
}

export function withRecords(state: SelectionState, records: readonly ApiRecord[]): SelectionState {
  const next = new Map(state.records);
  for (const [id, record] of selectable(records)) next.set(id, record);
  return { ...state, records: next };
}

export function withoutRecords(
  state: SelectionState,
  records: readonly ApiRecord[],
): SelectionState {
  const next = new Map(state.records);
  for (const [id] of selectable(records)) next.delete(id);
  return { ...state, records: next };
}

/**
 * A click on one row's checkbox. With Shift, every row between the last clicked one and this
 * one (in the order the table shows them) takes this row's new state.
 */
export function toggled(
  state: SelectionState,
  record: ApiRecord,
  shift: boolean,
  order: readonly ApiRecord[],
): SelectionState {
  const id = recordId(record);
  if (id === null) return state;
  const select = !state.records.has(id);
  const ids = order.map(recordId);
  const from = state.anchor === null ? -1 : ids.indexOf(state.anchor);
  const to = ids.indexOf(id);
  const range =
    shift && from !== -1 && to !== -1
      ? order.slice(Math.min(from, to), Math.max(from, to) + 1)
      : [record];
  const changed = select ? withRecords(state, range) : withoutRecords(state, range);
  return { ...changed, anchor: id };
}
