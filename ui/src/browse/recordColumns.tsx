// The table's columns: one per chosen field, each with its formatter, its sort order and,
// for reference fields, a link to the record it names; plus the row buttons' column.
import { Anchor, VisuallyHidden } from "@mantine/core";
import type { ColumnDef, RowData } from "@tanstack/react-table";
import { useMemo, type ReactNode } from "react";
import type { Value } from "../bindings";
import { singularLabel } from "../catalog/catalogIndex";
import { startingWidth, type ColumnInfo } from "../catalog/columns";
import type { RecordLink } from "../catalog/referenceLinks";
import { formatterFor, isDateTimeField, plainText } from "../format/format";
import { fieldLabel, referenceFieldLabel } from "../format/labels";
import { compareValues } from "./compareValues";
import { FormattedValue } from "./FormattedValue";
import { NamedReference } from "../components/NamedReference";

export type Row = Record<string, Value>;

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the names TanStack declares
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Numbers and dates line up on the right, so their digits compare at a glance. */
    align?: "right";
  }
}

/** Whether a column's values read best right-aligned: amounts, counts, dates and times. */
export function alignsRight(column: ColumnInfo): boolean {
  // Ids and references read as names ("Anna Novak · #7"), left-aligned like text.
  if (/(^id|Id|Ids)$/.test(column.name) || column.enumValues.length > 0) return false;
  if (isDateTimeField(column) || column.format === "date") return true;
  return column.type === "integer" || column.type === "number";
}

/** Cells that name another record, and how to open it. */
export interface CellLinks {
  /** Whether the column names another record: its heading then names that record's kind. */
  refers: (column: string) => boolean;
  of: (column: string, record: Row) => RecordLink | null;
  open: (link: RecordLink) => void;
}

/** Room for a row's actions menu button (⋮), whose menu holds its Delete too. */
export const ROW_ACTIONS_WIDTH = 56;
/** Room for a row's Edit button beside its actions menu button. */
export const ROW_EDIT_AND_ACTIONS_WIDTH = 124;

/** The column holding the row buttons; not sortable, not resizable. */
export const ROW_ACTIONS_COLUMN = "row-actions";
/**
 * The row buttons stay at the table's right edge when its columns are wider than the window,
 * so Delete and the actions menu never need a sideways scroll to be found.
 */
export const PINNED_RIGHT = {
  position: "sticky",
  right: 0,
  // In a table narrower than the window, the buttons still sit at its right edge.
  marginLeft: "auto",
  zIndex: 1,
  background: "var(--mantine-color-body)",
  borderLeft: "1px solid var(--mantine-color-default-border)",
} as const;

export function useRecordColumns(
  columns: readonly ColumnInfo[],
  cellLinks: CellLinks | undefined,
  rowActions: ((record: Row) => ReactNode) | undefined,
  rowActionsWidth = ROW_ACTIONS_WIDTH,
): ColumnDef<Row>[] {
  // One formatter per column, built when the columns change, not per cell render.
  const columnDefs = useMemo<ColumnDef<Row>[]>(
    () =>
      columns.map((column) => {
        const format = formatterFor(column);
        const label =
          cellLinks?.refers(column.name) === true
            ? referenceFieldLabel(column.name)
            : fieldLabel(column.name);
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
                // A button is laid out as one box, so the cell's own "…" cannot reach the
                // name inside it: the button ends its text itself, within the cell.
                display="block"
                maw="100%"
                truncate="end"
                data-testid={`cell-link-${column.name}`}
                title={`Open ${singularLabel(link.resource)} ${link.id}`}
                onClick={(event) => {
                  event.stopPropagation();
                  cellLinks?.open(link);
                }}
                onKeyDown={(event) => event.stopPropagation()}
              >
                <NamedReference resource={link.resource} id={link.id} fallback={formatted.text} />
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
          meta: alignsRight(column) ? { align: "right" } : {},
        } satisfies ColumnDef<Row>;
      }),
    [columns, cellLinks],
  );
  return useMemo<ColumnDef<Row>[]>(
    () =>
      rowActions === undefined
        ? columnDefs
        : [
            ...columnDefs,
            {
              id: ROW_ACTIONS_COLUMN,
              header: () => <VisuallyHidden>Row actions</VisuallyHidden>,
              enableSorting: false,
              enableResizing: false,
              size: rowActionsWidth,
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
    [columnDefs, rowActions, rowActionsWidth],
  );
}
