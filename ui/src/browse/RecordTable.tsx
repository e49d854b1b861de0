// The listing's table: virtualized rows (only what is on screen is rendered), resizable
// columns, and sorting in the browser of every record loaded so far (one page or many).
import { Box } from "@mantine/core";
import {
  type ColumnDef,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnSizingState,
  type OnChangeFn,
  type SortingState,
} from "@tanstack/react-table";
import { observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef, useState, type ReactNode } from "react";
import type { Value } from "../bindings";
import type { ColumnInfo } from "../catalog/columns";
import { MoreColumnsHint } from "./MoreColumnsHint";
import { useColumnsToTheRight } from "./useColumnsToTheRight";
import { ROW_ACTIONS_COLUMN, useRecordColumns, type CellLinks, type Row } from "./recordColumns";
import { RecordTableHeader } from "./RecordTableHeader";
import { ROW_HEIGHT, RecordTableRows } from "./RecordTableRows";

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
}: RecordTableProps) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
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

  // TanStack Table hands out functions React Compiler cannot memoize; that is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: allColumnDefs,
    state: { sorting, columnSizing: columnSizing ?? ownSizing },
    onSortingChange: setSorting,
    onColumnSizingChange: onColumnSizingChange ?? setOwnSizing,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    columnResizeMode: "onChange",
    enableSortingRemoval: true,
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
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
        aria-rowcount={tableRows.length}
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
            records={rows}
            rows={tableRows}
            virtualizer={virtualizer}
            withButtons={rowActions !== undefined}
            onOpen={onOpen}
          />
        </div>
      </Box>
    </Box>
  );
}
