// The global "Run an action…" entries for the command palette: every action, grouped by the
// resource it applies to. Opening one asks for its target record first.
import { modals } from "@mantine/modals";
import type { ActionOperation } from "../bindings";
import { resourceLabel } from "../catalog/catalogIndex";
import { ALL_ACTIONS } from "./actionIndex";
import { ActionDialogContent } from "./ActionDialog";
import { DISRUPTIVE_ACTIONS } from "../overlay/actions";

export interface ActionPaletteEntry {
  id: string;
  /** "Run an action: Change availability". */
  label: string;
  /** "Charge points": what the action applies to. */
  group: string;
  disruptive: boolean;
  open: () => void;
}

/** Opens an action's dialog with no target chosen yet; returns the modal's id. */
export function openActionDialog(operationId: ActionOperation): string {
  const action = ALL_ACTIONS.find((candidate) => candidate.operationId === operationId);
  const modalId = `action-${operationId}`;
  modals.open({
    modalId,
    title: action?.label ?? operationId,
    size: "lg",
    children: (
      <ActionDialogContent operationId={operationId} onClose={() => modals.close(modalId)} />
    ),
  });
  return modalId;
}

export function actionPaletteEntries(): ActionPaletteEntry[] {
  return ALL_ACTIONS.map((action) => ({
    id: `action-${action.operationId}`,
    label: `Run an action: ${action.label}`,
    group: action.resource !== null ? resourceLabel(action.resource) : "Other",
    disruptive: DISRUPTIVE_ACTIONS[action.operationId] !== undefined,
    open: () => openActionDialog(action.operationId),
  }));
}
