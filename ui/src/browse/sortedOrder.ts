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
  // The columns' sorting functions read `row.original`: one light stand-in per record,
  // dropped once sorted.
  const standIns = records.map((original) => ({ original }) as TableRow<Row>);
  const order = new Uint32Array(records.length);
  for (let index = 0; index < order.length; index += 1) order[index] = index;
  return order.sort((a, b) => {
    const left = standIns[a];
    const right = standIns[b];
    if (left === undefined || right === undefined) return a - b;
    for (const key of keys) {
      const compared = key.compare(left, right, key.id);
      if (compared !== 0) return key.desc ? -compared : compared;
    }
    return a - b;
  });
}
