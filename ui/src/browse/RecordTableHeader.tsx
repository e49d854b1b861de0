// The table's header row: a sort button and a resize handle per column.
import { Group, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconArrowsSort } from "@tabler/icons-react";
import { flexRender, type Table } from "@tanstack/react-table";
import { PINNED_RIGHT, ROW_ACTIONS_COLUMN, type Row } from "./recordColumns";

export function RecordTableHeader({ table }: { table: Table<Row> }) {
  return (
    <>
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
                data-column={header.column.id}
                aria-sort={
                  sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"
                }
                style={{
                  width: header.getSize(),
                  position: "relative",
                  padding: "6px 8px",
                  flexShrink: 0,
                  overflow: "hidden",
                  textAlign: header.column.columnDef.meta?.align,
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
                {!header.column.getCanSort() &&
                  flexRender(header.column.columnDef.header, header.getContext())}
                {header.column.getCanResize() && (
                  <div
                    aria-hidden
                    data-testid={`resize-${header.id}`}
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
    </>
  );
}
