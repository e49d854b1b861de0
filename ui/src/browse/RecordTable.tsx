// The listing's table: virtualized rows (only what is on screen is rendered), resizable
// columns, and sorting in the browser of every record loaded so far (one page or many).
import { Anchor, Box, Group, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconArrowsSort } from "@tabler/icons-react";
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import { observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Value } from "../bindings";
import { startingWidth, type ColumnInfo } from "./columns";
import { fieldLabel, singularLabel } from "./catalogIndex";
import { formatterFor, plainText } from "./format";
import { FormattedValue } from "./FormattedValue";
import { recordId } from "./records";
import type { RecordLink } from "./referenceLinks";

type Row = Record<string, Value>;

const ROW_HEIGHT = 36;
/**
 * The viewport assumed until the table has a size of its own (before the first layout, or
 * in a test DOM without layout), so the first rows render at once instead of none.
 */
const INITIAL_RECT = { width: 1200, height: 720 };

/** Cells that name another record, and how to open it. */
export interface CellLinks {
  of: (column: string, record: Row) => RecordLink | null;
  open: (link: RecordLink) => void;
}

interface RecordTableProps {
  records: readonly Value[];
  columns: readonly ColumnInfo[];
  onOpen?: (record: Row) => void;
  /** Buttons at the end of each row (delete, actions); clicks there do not open the record. */
  rowActions?: (record: Row) => ReactNode;
  /** Reference cells become links to their records; a click there does not open the row. */
  cellLinks?: CellLinks;
  height?: number | string;
}

/** The column holding `rowActions`; not sortable, not resizable. */
const ROW_ACTIONS_COLUMN = "row-actions";
/**
 * The row buttons stay at the table's right edge when its columns are wider than the window,
 * so Delete and the actions menu never need a sideways scroll to be found.
 */
const PINNED_RIGHT = {
  position: "sticky",
  right: 0,
  zIndex: 1,
  background: "var(--mantine-color-body)",
  borderLeft: "1px solid var(--mantine-color-default-border)",
} as const;

export function RecordTable({
  records,
  columns,
  onOpen,
  rowActions,
  cellLinks,
  height = "calc(100vh - 330px)",
}: RecordTableProps) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const rows = useMemo(
    () =>
      records.filter(
        (record): record is Row =>
          record !== null && typeof record === "object" && !Array.isArray(record),
      ),
    [records],
  );

  // One formatter per column, built when the columns change, not per cell render.
  const columnDefs = useMemo<ColumnDef<Row>[]>(
    () =>
      columns.map((column) => {
        const format = formatterFor(column);
        const label = fieldLabel(column.name);
        return {
          id: column.name,
          header: label,
          accessorFn: (row) => row[column.name],
          cell: (context) => {
            const formatted = format(context.getValue<Value>(), context.row.original);
            const link = cellLinks?.of(column.name, context.row.original) ?? null;
            if (link === null || formatted.kind !== "text") {
              return <FormattedValue value={formatted} />;
            }
            return (
              // A button, not an address: the window has no tabs to open it in.
              <Anchor
                component="button"
                type="button"
                size="sm"
                data-testid={`cell-link-${column.name}`}
                title={`Open ${singularLabel(link.resource)} ${link.id}`}
                onClick={(event) => {
                  event.stopPropagation();
                  cellLinks?.open(link);
                }}
                onKeyDown={(event) => event.stopPropagation()}
              >
                {formatted.text}
              </Anchor>
            );
          },
          sortingFn: (a, b) =>
            compareValues(
              a.original[column.name],
              b.original[column.name],
              (v, r) => plainText(format(v, r)),
              a.original,
              b.original,
            ),
          size: startingWidth(column, label),
          minSize: 60,
        } satisfies ColumnDef<Row>;
      }),
    [columns, cellLinks],
  );
  const allColumnDefs = useMemo<ColumnDef<Row>[]>(
    () =>
      rowActions === undefined
        ? columnDefs
        : [
            ...columnDefs,
            {
              id: ROW_ACTIONS_COLUMN,
              header: "",
              enableSorting: false,
              enableResizing: false,
              size: 232,
              cell: (context) => (
                // Clicks on the row's buttons act on the record; they do not open it.
                <div
                  role="presentation"
                  onClick={(event) => event.stopPropagation()}
                  onKeyDown={(event) => event.stopPropagation()}
                >
                  {rowActions(context.row.original)}
                </div>
              ),
            },
          ],
    [columnDefs, rowActions],
  );

  // TanStack Table hands out functions React Compiler cannot memoize; that is expected here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: allColumnDefs,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    columnResizeMode: "onChange",
    enableSortingRemoval: true,
  });

  const buttonsReady = useRowButtonsAfterPaint(rows, rowActions !== undefined);
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

  return (
    <Box
      ref={scrollRef}
      role="table"
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
          background: "var(--mantine-color-body)",
        }}
      >
        {table.getHeaderGroups().map((group) => (
          <div
            role="row"
            key={group.id}
            style={{
              display: "flex",
              borderBottom: "1px solid var(--mantine-color-default-border)",
            }}
          >
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <div
                  role="columnheader"
                  key={header.id}
                  aria-sort={
                    sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"
                  }
                  style={{
                    width: header.getSize(),
                    position: "relative",
                    padding: "6px 8px",
                    flexShrink: 0,
                    overflow: "hidden",
                    ...(header.column.id === ROW_ACTIONS_COLUMN && PINNED_RIGHT),
                  }}
                >
                  {header.column.getCanSort() && (
                    <Tooltip
                      label="Sorts the records loaded so far, not the whole listing"
                      openDelay={400}
                    >
                      <UnstyledButton
                        // Within its column, so a label narrowed by resizing is cut short
                        // rather than running into the next header.
                        maw="100%"
                        data-testid={`sort-${header.id}`}
                        onClick={header.column.getToggleSortingHandler()}
                        aria-label={`Sort the loaded records by ${String(header.column.columnDef.header)}`}
                      >
                        <Group gap={4} wrap="nowrap">
                          <Text size="sm" fw={600} truncate miw={0}>
                            {flexRender(header.column.columnDef.header, header.getContext())}
                          </Text>
                          {sorted === "asc" ? (
                            <IconArrowUp size={14} style={{ flexShrink: 0 }} />
                          ) : sorted === "desc" ? (
                            <IconArrowDown size={14} style={{ flexShrink: 0 }} />
                          ) : (
                            <IconArrowsSort size={14} opacity={0.3} style={{ flexShrink: 0 }} />
                          )}
                        </Group>
                      </UnstyledButton>
                    </Tooltip>
                  )}
                  {header.column.getCanResize() && (
                    <div
                      aria-hidden
                      onMouseDown={header.getResizeHandler()}
                      onTouchStart={header.getResizeHandler()}
                      onDoubleClick={() => header.column.resetSize()}
                      style={{
                        position: "absolute",
                        right: 0,
                        top: 0,
                        height: "100%",
                        width: 6,
                        cursor: "col-resize",
                        userSelect: "none",
                        touchAction: "none",
                        background: header.column.getIsResizing()
                          ? "var(--mantine-primary-color-filled)"
                          : "transparent",
                      }}
                    />
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div
        role="rowgroup"
        style={{ height: virtualizer.getTotalSize(), width: totalWidth, position: "relative" }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = tableRows[item.index];
          if (row === undefined) return null;
          const id = recordId(row.original);
          return (
            <div
              role="row"
              key={row.id}
              data-testid="list-row"
              data-record-id={id ?? ""}
              tabIndex={onOpen ? 0 : undefined}
              onClick={onOpen ? () => onOpen(row.original) : undefined}
              onKeyDown={
                onOpen
                  ? (event) => {
                      if (event.key === "Enter") onOpen(row.original);
                    }
                  : undefined
              }
              style={{
                position: "absolute",
                top: 0,
                left: 0,
                display: "flex",
                height: ROW_HEIGHT,
                alignItems: "center",
                transform: `translateY(${item.start}px)`,
                cursor: onOpen ? "pointer" : undefined,
                borderBottom: "1px solid var(--mantine-color-default-border)",
              }}
            >
              {row.getVisibleCells().map((cell) => (
                <div
                  role="cell"
                  key={cell.id}
                  style={{
                    width: cell.column.getSize(),
                    padding: "0 8px",
                    overflow: "hidden",
                    whiteSpace: "nowrap",
                    textOverflow: "ellipsis",
                    flexShrink: 0,
                    ...(cell.column.id === ROW_ACTIONS_COLUMN && {
                      ...PINNED_RIGHT,
                      alignSelf: "stretch",
                      display: "flex",
                      alignItems: "center",
                    }),
                  }}
                >
                  {
                    // Row buttons (a menu and buttons per row) cost more to mount than the
                    // text cells: they join rows already painted, and while the table scrolls
                    // (when they cannot be aimed at) they wait until it stops. Open dialogs
                    // are modal, so the table cannot scroll under them.
                    cell.column.id === ROW_ACTIONS_COLUMN &&
                    (virtualizer.isScrolling || !buttonsReady.has(row.original))
                      ? null
                      : flexRender(cell.column.columnDef.cell, cell.getContext())
                  }
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </Box>
  );
}

/**
 * The rows whose buttons may render: the rows as they were two animation frames after they
 * last changed, so new records are painted before their buttons are built. Rows that stay (a
 * page appended below them, a sort) keep their buttons throughout.
 */
function useRowButtonsAfterPaint(rows: readonly Row[], enabled: boolean): ReadonlySet<Row> {
  const [ready, setReady] = useState<ReadonlySet<Row>>(() => new Set());
  useEffect(() => {
    if (!enabled) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setReady(new Set(rows)));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [rows, enabled]);
  return ready;
}

/** Numbers compare as numbers, everything else by its formatted text; empty values last. */
function compareValues(
  a: Value | undefined,
  b: Value | undefined,
  text: (value: Value | undefined, record: Row) => string,
  recordA: Row,
  recordB: Row,
): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const left = a === null || a === undefined ? "" : typeof a === "string" ? a : text(a, recordA);
  const right = b === null || b === undefined ? "" : typeof b === "string" ? b : text(b, recordB);
  if (left === "" || right === "") return left === right ? 0 : left === "" ? 1 : -1;
  return left.localeCompare(right, undefined, { numeric: true });
}
