// The table's rows: only those on screen are rendered (virtualized), each opening its record
// on click or Enter, ↑ and ↓ moving between them; row buttons join a row once it has been painted and scrolling stopped.
import { flexRender, type Row as TableRow } from "@tanstack/react-table";
import type { Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useState } from "react";
import { recordId } from "../catalog/records";
import { PINNED_RIGHT, ROW_ACTIONS_COLUMN, type Row } from "./recordColumns";

export const ROW_HEIGHT = 36;

interface RecordTableRowsProps {
  /** The records in view: their buttons wait until they have been painted. */
  records: readonly Row[];
  /** The table's rows in view, sorted: the first is the virtualizer's item `firstIndex`. */
  rows: TableRow<Row>[];
  firstIndex: number;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** Whether the rows have buttons (their column waits for paint). */
  withButtons: boolean;
  onOpen?: (record: Row) => void;
}

export function RecordTableRows({
  records,
  rows: tableRows,
  firstIndex,
  virtualizer,
  withButtons,
  onOpen,
}: RecordTableRowsProps) {
  const buttonsReady = useRowButtonsAfterPaint(records, withButtons);
  return (
    <>
      {virtualizer.getVirtualItems().map((item) => {
        const row = tableRows[item.index - firstIndex];
        if (row === undefined) return null;
        const id = recordId(row.original);
        return (
          <div
            role="row"
            key={row.id}
            data-testid="list-row"
            data-record-id={id ?? ""}
            data-index={item.index}
            aria-rowindex={item.index + 2}
            tabIndex={onOpen ? 0 : undefined}
            onClick={onOpen ? () => onOpen(row.original) : undefined}
            onKeyDown={
              onOpen
                ? (event) => {
                    if (event.target !== event.currentTarget) return;
                    if (event.key === "Enter") onOpen(row.original);
                    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                      event.preventDefault();
                      virtualizer.scrollToIndex(item.index + (event.key === "ArrowDown" ? 1 : -1));
                      focusRow(event.currentTarget, event.key === "ArrowDown" ? 1 : -1);
                    }
                  }
                : undefined
            }
            style={{
              position: "absolute",
              top: 0,
              left: 0,
              // The row's line runs to the table's frame even when its columns end sooner.
              minWidth: "100%",
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
                  textAlign: cell.column.columnDef.meta?.align,
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
    </>
  );
}

/**
 * Moves keyboard focus to the row `step` places away, once the virtualizer has rendered it
 * (a row scrolled into view for the first time arrives a frame later).
 */
function focusRow(from: HTMLElement, step: 1 | -1) {
  const index = Number(from.dataset.index);
  const container = from.parentElement;
  const find = () =>
    container?.querySelector<HTMLElement>(`[role="row"][data-index="${index + step}"]`);
  const target = find();
  if (target) target.focus();
  else requestAnimationFrame(() => find()?.focus());
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
