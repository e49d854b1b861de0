// What the list screen mounts: the row selection, its checkbox column and the bulk bar.
export { useRowSelection, type RowSelection } from "./useRowSelection";
export { selectionColumn } from "./selectionColumn";
export { BulkBar } from "./BulkBar";
export { offersBulkChanges, recordName } from "./bulkOperations";
