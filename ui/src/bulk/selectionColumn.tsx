// The checkbox column in front of a listing's rows: one box per row (Shift-click selects a
// range) and one in the heading for every row loaded.
import { Checkbox } from "@mantine/core";
import type { ColumnDef, Table } from "@tanstack/react-table";
import type { ApiRecord } from "../catalog/records";
import "../components/tableMeta";
import type { RowSelection } from "./useRowSelection";

export const SELECT_COLUMN = "select";

/** Every loaded record in the order shown; the table itself may hold only the rows in view. */
function loaded(table: Table<ApiRecord>): readonly ApiRecord[] {
  return (
    table.options.meta?.loadedInOrder?.() ?? table.getRowModel().rows.map((row) => row.original)
  );
}

/**
 * How many of `records` are selected. The heading renders with every change of the table
 * (each scroll, each batch Load all brings), so nothing is looked at while nothing is selected:
 * checking 100,000 loaded records there on each render was most of the window's garbage.
 */
function selectedAmong(records: readonly ApiRecord[], selection: RowSelection): number {
  if (selection.count === 0) return 0;
  let chosen = 0;
  for (const record of records) if (selection.isSelected(record)) chosen += 1;
  return chosen;
}

/** `nameOfRow` says which record a box selects, for screen readers. */
export function selectionColumn(
  selection: RowSelection,
  nameOfRow: (record: ApiRecord) => string,
): ColumnDef<ApiRecord> {
  return {
    id: SELECT_COLUMN,
    enableSorting: false,
    enableResizing: false,
    size: 44,
    header: (context) => {
      const records = loaded(context.table);
      const chosen = selectedAmong(records, selection);
      const all = records.length > 0 && chosen === records.length;
      return (
        <Checkbox
          aria-label={all ? "Unselect all loaded rows" : "Select all loaded rows"}
          data-testid="select-all-loaded"
          checked={all}
          indeterminate={chosen > 0 && !all}
          onChange={() => (all ? selection.unselect(records) : selection.select(records))}
        />
      );
    },
    cell: (context) => (
      // The box selects; it does not open the record as a click on the row does.
      <div
        role="presentation"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <Checkbox
          aria-label={`Select ${nameOfRow(context.row.original)}`}
          data-testid="select-row"
          checked={selection.isSelected(context.row.original)}
          onChange={() => {}}
          onClick={(event) =>
            selection.toggle(context.row.original, event.shiftKey, loaded(context.table))
          }
        />
      </div>
    ),
  };
}
