import { Button, Checkbox, Popover, ScrollArea, Stack } from "@mantine/core";
import { IconColumns } from "@tabler/icons-react";
import { fieldLabel } from "../format/labels";
import type { ColumnInfo } from "../catalog/columns";

interface ColumnChooserProps {
  available: readonly ColumnInfo[];
  chosen: readonly string[];
  onChange: (chosen: string[] | null) => void;
}

/** Picks the columns of a listing; the choice is remembered per resource by the caller. */
export function ColumnChooser({ available, chosen, onChange }: ColumnChooserProps) {
  // The columns keep the order they are shown in; one turned on joins at the end, so a
  // change never reshuffles what the operator already reads.
  const toggle = (name: string, on: boolean) => {
    const next = on
      ? [...chosen.filter((candidate) => candidate !== name), name]
      : chosen.filter((candidate) => candidate !== name);
    onChange(next);
  };
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button
          data-testid="column-chooser"
          size="xs"
          variant="default"
          leftSection={<IconColumns size={16} />}
        >
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="column-chooser-menu">
        <ScrollArea.Autosize mah={360} type="auto">
          <Stack gap={6} pr="sm">
            {available.map((column) => (
              <Checkbox
                key={column.name}
                data-testid={`column-option-${column.name}`}
                size="xs"
                label={fieldLabel(column.name)}
                checked={chosen.includes(column.name)}
                onChange={(event) => toggle(column.name, event.currentTarget.checked)}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Button
          mt="sm"
          size="compact-xs"
          variant="subtle"
          data-testid="column-reset"
          onClick={() => onChange(null)}
        >
          Back to the default columns
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
