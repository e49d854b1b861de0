// The bar over a listing while records are selected: how many, quick ways to select this page
// or every loaded row, and what can be done to all of them at once.
import { Button, Group, Menu, Paper, Text } from "@mantine/core";
import { IconChevronDown, IconStack2 } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useRefreshResources } from "../api/useRefreshResource";
import { recordsNoun, type CatalogResource } from "../catalog/catalogIndex";
import type { PathValues } from "../catalog/paths";
import type { ApiRecord } from "../catalog/records";
import { DISRUPTIVE_ACTIONS } from "../overlay/actions";
import { NATIVE_BULK_OPERATIONS, type NativeBulkOperation } from "../overlay/bulk";
import { NativeBulkDialog } from "./NativeBulkDialog";
import { BulkDialog } from "./BulkDialog";
import { bulkChoices, type BulkChoice } from "./bulkOperations";
import type { RowSelection } from "./useRowSelection";

export interface BulkBarProps {
  resource: CatalogResource;
  /** The listing's parent ids (an EVSE's charge point). */
  parents: PathValues;
  selection: RowSelection;
  /** The records of the page the address points at. */
  pageRecords: readonly ApiRecord[];
  /** Every record loaded ("Load more" included). */
  loadedRecords: readonly ApiRecord[];
}

export function BulkBar({
  resource,
  parents,
  selection,
  pageRecords,
  loadedRecords,
}: BulkBarProps) {
  const [chosen, setChosen] = useState<BulkChoice | null>(null);
  const [native, setNative] = useState<NativeBulkOperation | null>(null);
  const refresh = useRefreshResources();
  const choices = useMemo(
    () => bulkChoices(resource, parents, selection.records),
    [resource, parents, selection.records],
  );
  if (selection.count === 0) return null;
  const noun = recordsNoun(resource, selection.count);
  const remove = choices.find((choice) => choice.kind === "delete");
  const actions = choices.filter((choice) => choice.kind === "action");
  const natives = NATIVE_BULK_OPERATIONS[resource.key] ?? [];

  return (
    <Paper withBorder p="xs" data-testid="bulk-bar" aria-label="Selected records">
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600} data-testid="bulk-count" aria-live="polite">
            {selection.count} {noun} selected
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => selection.select(pageRecords)}
            data-testid="select-page"
          >
            Select this page ({pageRecords.length})
          </Button>
          {loadedRecords.length > pageRecords.length && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => selection.select(loadedRecords)}
              data-testid="select-loaded"
            >
              Select all loaded ({loadedRecords.length})
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={selection.clear}
            data-testid="select-none"
          >
            Clear selection
          </Button>
        </Group>
        <Group gap="xs">
          {actions.length + natives.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="sm"
                  variant="default"
                  leftSection={<IconStack2 size={16} />}
                  rightSection={<IconChevronDown size={14} />}
                  data-testid="bulk-actions"
                >
                  Actions for {selection.count}
                </Button>
              </Menu.Target>
              <Menu.Dropdown mah={420} style={{ overflowY: "auto" }}>
                {actions.map((choice) => (
                  <Menu.Item
                    key={choice.operation.operation}
                    color={
                      choice.kind === "action" &&
                      DISRUPTIVE_ACTIONS[choice.action.operationId] !== undefined
                        ? "red"
                        : undefined
                    }
                    onClick={() => setChosen(choice)}
                    data-testid={`bulk-action-${choice.operation.operation}`}
                  >
                    {choice.label}…
                  </Menu.Item>
                ))}
                {natives.length > 0 && <Menu.Label>In one request for all</Menu.Label>}
                {natives.map((operation) => (
                  <Menu.Item
                    key={operation.operation}
                    onClick={() => setNative(operation)}
                    data-testid={`bulk-native-${operation.operation}`}
                  >
                    {operation.label}…
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
          {remove !== undefined && (
            <Button
              size="sm"
              color="red"
              variant="light"
              onClick={() => setChosen(remove)}
              data-testid="bulk-delete"
            >
              Delete {selection.count}
            </Button>
          )}
        </Group>
      </Group>
      {native !== null && (
        <NativeBulkDialog
          native={native}
          resource={resource}
          records={selection.records}
          onClose={(changed) => {
            if (changed) refresh([resource.key]);
            setNative(null);
          }}
        />
      )}
      {chosen !== null && (
        <BulkDialog
          choice={chosen}
          resource={resource}
          parents={parents}
          records={selection.records}
          onClose={(changed, done) => {
            if (changed) {
              refresh([resource.key]);
              // Deleted records leave the selection; those that failed stay, to try again.
              if (chosen.kind === "delete") selection.unselect(done);
            }
            setChosen(null);
          }}
        />
      )}
    </Paper>
  );
}
