import { ActionIcon, Button, Menu } from "@mantine/core";
import { IconBolt, IconChevronDown, IconDotsVertical, IconTrash } from "@tabler/icons-react";
import { DeleteRecordDialog, type DeleteRecordButtonProps } from "../forms";
import { useRef, useState } from "react";
import type { ActionOperation } from "../bindings";
import type { CatalogResource } from "../catalog/catalogIndex";
import { useCanWrite } from "../api/access";
import { ActionDialog } from "./ActionDialog";
import type { ActionInfo } from "./actionIndex";
import { collectionActions } from "./collection";
import { DISRUPTIVE_ACTIONS } from "../overlay/actions";
import { recordActionsOf, type ActionTarget } from "./targets";

export interface ActionsMenuProps {
  resource: CatalogResource;
  target: ActionTarget;
  /** Row-sized, for list rows. */
  compact?: boolean;
  /** A row's "Delete…", last in its menu, where the resource can be deleted. */
  remove?: DeleteRecordButtonProps;
}

/** "Actions ▾": every action that applies to this record; disruptive ones marked in red. */
export function ActionsMenu({ resource, target, compact, remove }: ActionsMenuProps) {
  // Actions that name no record run from the listing's toolbar (ListActionsMenu).
  const actions = recordActionsOf(resource);
  return (
    <ActionChoice
      actions={actions}
      target={target}
      compact={compact}
      remove={remove}
      testId="actions-menu"
    />
  );
}

/** "Actions ▾" of a listing's toolbar: the resource's actions that name no record. */
export function ListActionsMenu({ resource }: { resource: CatalogResource }) {
  return <ActionChoice actions={collectionActions(resource)} testId="list-actions-menu" />;
}

interface ActionChoiceProps {
  actions: ActionInfo[];
  /** The record the actions apply to; without one a dialog asks for what it needs. */
  target?: ActionTarget;
  compact?: boolean;
  remove?: DeleteRecordButtonProps;
  testId: string;
}

/** The menu of some actions, and the dialog of the one chosen; nothing for read-only profiles. */
function ActionChoice({ actions, target, compact, remove, testId }: ActionChoiceProps) {
  const canWrite = useCanWrite();
  const [open, setOpen] = useState<ActionOperation | null>(null);
  const [deleting, setDeleting] = useState(false);
  // Where focus goes back to when the chosen action's dialog closes.
  const menuButton = useRef<HTMLButtonElement>(null);
  const deletable = remove !== undefined && remove.resource.operations.delete !== null;
  if ((actions.length === 0 && !deletable) || !canWrite) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          {compact ? (
            // In a row, an icon: the pinned column of row buttons stays narrow, so the
            // columns that matter stay in view.
            <ActionIcon
              ref={menuButton}
              variant="default"
              size="md"
              aria-label="Actions"
              title="Actions"
              data-testid={testId}
            >
              <IconDotsVertical size={16} />
            </ActionIcon>
          ) : (
            <Button
              ref={menuButton}
              variant="default"
              leftSection={<IconBolt size={16} />}
              rightSection={<IconChevronDown size={14} />}
              data-testid={testId}
            >
              Actions
            </Button>
          )}
        </Menu.Target>
        <Menu.Dropdown mah={420} style={{ overflowY: "auto" }}>
          {actions.map((action) => (
            <Menu.Item
              key={action.operationId}
              color={DISRUPTIVE_ACTIONS[action.operationId] !== undefined ? "red" : undefined}
              onClick={() => setOpen(action.operationId)}
              data-testid={`action-${action.operationId}`}
            >
              {action.label}…
            </Menu.Item>
          ))}
          {deletable && (
            <>
              {actions.length > 0 && <Menu.Divider />}
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() => setDeleting(true)}
                data-testid="row-delete"
              >
                Delete…
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      {deleting && remove !== undefined && (
        <DeleteRecordDialog {...remove} opener={menuButton} onClose={() => setDeleting(false)} />
      )}
      {open !== null && (
        <ActionDialog
          operationId={open}
          target={target}
          opened
          opener={menuButton}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
