// What Plugdesk's tables tell their columns beyond the rows they hold. A listing's table holds
// only the rows in view (browse/RecordTable.tsx), so a column that acts on every loaded record,
// such as "select all loaded", asks the table for them here.
import type { RowData } from "@tanstack/react-table";

declare module "@tanstack/react-table" {
  // The type parameter must match TanStack's own declaration.
  interface TableMeta<TData extends RowData> {
    /** Every loaded record, in the order shown. */
    loadedInOrder?: () => readonly TData[];
  }
}
