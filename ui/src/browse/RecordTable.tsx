// The listing's table: virtualized rows (only what is on screen is rendered), resizable
// columns, and sorting in the browser of every record loaded so far (one page or many).
// TanStack Table holds only the rows in view: its row model costs kilobytes and tens of
// microseconds per row, which at Load all's 100,000 records would be most of the window's
// memory and seconds of every new batch. The loaded records are sorted here, as an order of
// indices (sortedOrder.ts), with the columns' own sorting functions; the table's meta hands
// every loaded record, in that order, to columns that need them all (select all loaded).
import { Box } from "@mantine/core";
import {
  type ColumnDef,
  getCoreRowModel,
  useReactTable,
  type ColumnSizingState,
  type OnChangeFn,
  type SortingState,
} from "@tanstack/react-table";
import { observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Value } from "../bindings";
import type { ColumnInfo } from "../catalog/columns";
import "../components/tableMeta";
import { MoreColumnsHint } from "./MoreColumnsHint";
import { useColumnsToTheRight } from "./useColumnsToTheRight";
import { ROW_ACTIONS_COLUMN, useRecordColumns, type CellLinks, type Row } from "./recordColumns";
import { RecordTableHeader } from "./RecordTableHeader";
import { ROW_HEIGHT, RecordTableRows } from "./RecordTableRows";
import { sortedOrder } from "./sortedOrder";

export type { CellLinks };

/**
 * The viewport assumed until the table has a size of its own (before the first layout, or
 * in a test DOM without layout), so the first rows render at once instead of none.
 */
const INITIAL_RECT = { width: 1200, height: 720 };
const NO_SORTING: SortingState = [];
/** Space under the last row, so an overlay scrollbar never covers it. */
const SCROLLBAR_ROOM = 16;

interface RecordTableProps {
  /** What screen readers call the table: the resource it lists ("Charge points"). */
  label: string;
  records: readonly Value[];
  columns: readonly ColumnInfo[];
  onOpen?: (record: Row) => void;
  /** Buttons at the end of each row (delete, actions); clicks there do not open the record. */
  rowActions?: (record: Row) => ReactNode;
  /** How wide the row buttons' column is: room for an actions menu, or Edit beside it. */
  rowActionsWidth?: number;
  /** Reference cells become links to their records; a click there does not open the row. */
  cellLinks?: CellLinks;
  /** A column before the values, e.g. the row selection's checkboxes. */
  leadingColumn?: ColumnDef<Row>;
  height?: number | string;
  /** How the rows are sorted when the table opens (newest first for time-based listings). */
  initialSorting?: SortingState;
  /** Column widths the operator dragged, by column; kept by the caller when given. */
  columnSizing?: ColumnSizingState;
  onColumnSizingChange?: OnChangeFn<ColumnSizingState>;
  /** Hears the sorting whenever it changes (the columns a light copy must hold). */
  onSorted?: (sorting: SortingState) => void;
  /**
   * For records held as light copies (keptCopies.ts): the whole record where it has arrived.
   * The table draws it in place of the copy, and tells `onRowsInView` which rows it shows.
   */
  wholeRecord?: (record: Row) => Row | undefined;
  onRowsInView?: (records: readonly Row[]) => void;
}

export function RecordTable({
  label,
  records,
  columns,
  onOpen,
  rowActions,
  rowActionsWidth,
  cellLinks,
  leadingColumn,
  height = "calc(100vh - 330px)",
  initialSorting = NO_SORTING,
  columnSizing,
  onColumnSizingChange,
  onSorted,
  wholeRecord,
  onRowsInView,
}: RecordTableProps) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  useEffect(() => onSorted?.(sorting), [sorting, onSorted]);
  const [ownSizing, setOwnSizing] = useState<ColumnSizingState>({});
  const rows = useMemo(
    () =>
      records.filter(
        (record): record is Row =>
          record !== null && typeof record === "object" && !Array.isArray(record),
      ),
    [records],
  );

  const recordColumns = useRecordColumns(columns, cellLinks, rowActions, rowActionsWidth);
  const allColumnDefs = useMemo(
    () => (leadingColumn === undefined ? recordColumns : [leadingColumn, ...recordColumns]),
    [leadingColumn, recordColumns],
  );

  const order = useMemo(
    () => sortedOrder(rows, sorting, allColumnDefs),
    [rows, sorting, allColumnDefs],
  );
  // Built once per sort or batch, not on every render of the header that reads it.
  const inOrder = useMemo(
    () => (order === null ? rows : Array.from(order, (index) => rows[index] as Row)),
    [order, rows],
  );
  const loadedInOrder = useCallback(() => inOrder, [inOrder]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual and Table hand out functions React Compiler cannot memoize; that is
  // expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows beyond the view on each side. A fast scroll jumps past the view every frame, so each
    // frame mounts the whole window again: more overscan costs frames there.
    overscan: 5,
    initialRect: INITIAL_RECT,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.width === 0 && rect.height === 0 ? INITIAL_RECT : rect),
      ),
  });
  // The rows in view (with the overscan), a contiguous run of the sorted order.
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? -1;
  const inView = useMemo(() => {
    const indices: number[] = [];
    for (let index = firstIndex; index <= lastIndex && index < rows.length; index += 1)
      indices.push(order === null ? index : (order[index] ?? index));
    return indices;
  }, [rows.length, order, firstIndex, lastIndex]);
  const inViewLoaded = useMemo(
    () => inView.map((index) => rows[index]).filter((row) => row !== undefined),
    [inView, rows],
  );
  useEffect(() => onRowsInView?.(inViewLoaded), [inViewLoaded, onRowsInView]);
  const inViewRecords = useMemo(
    () =>
      wholeRecord === undefined
        ? inViewLoaded
        : inViewLoaded.map((record) => wholeRecord(record) ?? record),
    [inViewLoaded, wholeRecord],
  );

  const table = useReactTable({
    data: inViewRecords,
    columns: allColumnDefs,
    state: { sorting, columnSizing: columnSizing ?? ownSizing },
    onSortingChange: setSorting,
    onColumnSizingChange: onColumnSizingChange ?? setOwnSizing,
    getCoreRowModel: getCoreRowModel(),
    // Sorted above, over every loaded record; the table shows the sorted rows in view.
    manualSorting: true,
    // A row's id is its place among the loaded records, as if the table held them all.
    getRowId: (_record, index) => String(inView[index] ?? index),
    meta: { loadedInOrder },
    columnResizeMode: "onChange",
    enableSortingRemoval: true,
  });
  const tableRows = table.getRowModel().rows;
  const totalWidth = table.getTotalSize();
  const moreToTheRight = useColumnsToTheRight(scrollRef, totalWidth);
  const pinnedWidth =
    rowActions === undefined ? 0 : (table.getColumn(ROW_ACTIONS_COLUMN)?.getSize() ?? 0);

  return (
    <Box pos="relative">
      {moreToTheRight && <MoreColumnsHint scrollRef={scrollRef} pinnedWidth={pinnedWidth} />}
      <Box
        ref={scrollRef}
        role="table"
        aria-label={label}
        // The table scrolls on its own: it takes focus, so the keyboard can scroll it too.
        tabIndex={0}
        data-testid="record-table"
        aria-rowcount={rows.length}
        style={{
          overflow: "auto",
          height,
          border: "1px solid var(--mantine-color-default-border)",
          borderRadius: 4,
        }}
      >
        <div
          role="rowgroup"
          style={{
            position: "sticky",
            top: 0,
            zIndex: 1,
            width: totalWidth,
            minWidth: "100%",
            background: "var(--mantine-color-body)",
          }}
        >
          <RecordTableHeader table={table} />
        </div>
        <div
          role="rowgroup"
          style={{
            // Room below the last row for a scrollbar drawn over the content.
            height: virtualizer.getTotalSize() + SCROLLBAR_ROOM,
            width: totalWidth,
            minWidth: "100%",
            position: "relative",
          }}
        >
          <RecordTableRows
            records={inViewRecords}
            rows={tableRows}
            firstIndex={firstIndex}
            virtualizer={virtualizer}
            withButtons={rowActions !== undefined}
            onOpen={onOpen}
          />
        </div>
      </Box>
    </Box>
  );
}
