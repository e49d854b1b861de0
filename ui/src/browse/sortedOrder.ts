// The order of the loaded records under the table's sorting, as indices into them: the table
// sorts every record loaded so far, but builds rows only for those in view (RecordTable.tsx).
// Ties keep the loaded order, and a descending sort reverses each column's comparison, as
// TanStack Table's own sorted row model does.
import type { ColumnDef, Row as TableRow, SortingState } from "@tanstack/react-table";
import type { Row } from "./recordColumns";

type Compare = (a: TableRow<Row>, b: TableRow<Row>, columnId: string) => number;

/** `null` when unsorted (the loaded order); otherwise the records' indices, sorted. */
export function sortedOrder(
  records: readonly Row[],
  sorting: SortingState,
  columns: readonly ColumnDef<Row>[],
): Uint32Array | null {
  const keys = sorting.flatMap((sort) => {
    const column = columns.find((candidate) => candidate.id === sort.id);
    return typeof column?.sortingFn === "function"
      ? [{ id: sort.id, desc: sort.desc, compare: column.sortingFn as Compare }]
      : [];
  });
  if (keys.length === 0) return null;
  // The columns' sorting functions read `row.original`: two stand-ins, pointed at the records
  // compared each time, rather than one per record (at 100,000 records that was megabytes of
  // garbage on every sort).
  const left = { original: {} } as { original: Row };
  const right = { original: {} } as { original: Row };
  const order = new Uint32Array(records.length);
  for (let index = 0; index < order.length; index += 1) order[index] = index;
  return order.sort((a, b) => {
    const first = records[a];
    const second = records[b];
    if (first === undefined || second === undefined) return a - b;
    left.original = first;
    right.original = second;
    for (const key of keys) {
      const compared = key.compare(left as TableRow<Row>, right as TableRow<Row>, key.id);
      if (compared !== 0) return key.desc ? -compared : compared;
    }
    return a - b;
  });
}
