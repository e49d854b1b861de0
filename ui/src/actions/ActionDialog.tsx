import { Button, Group, Modal, Stack } from "@mantine/core";
import type { ActionOperation } from "../bindings";
import { useEffect, useRef, useState, type RefObject } from "react";
import { useReturnFocusOnUnmount } from "../components/focusReturn";
import { fieldLabel } from "../format/labels";
import { withPathValue, type PathValues } from "../catalog/paths";
import { RecordForm } from "../forms";
import type { ApiResponse } from "../api/writes";
import { useRefreshResources } from "../api/useRefreshResource";
import { findAction } from "./actionIndex";
import { ActionResult } from "./ActionResult";
import { ACTION_EFFECTS, PATH_PARAM_RESOURCES } from "../overlay/actions";
import { PathParamInput } from "./PathParamInput";
import { actionPath, confirmationFor, describeTarget, type ActionTarget } from "./targets";

export interface ActionDialogProps {
  operationId: ActionOperation;
  /** The record the action applies to; without one the dialog asks for it. */
  target?: ActionTarget;
  opened: boolean;
  onClose: () => void;
  /**
   * The control focus goes back to when the dialog closes; by default whatever had focus
   * when it opened. A menu passes its button: the item chosen is gone with the menu.
   */
  opener?: RefObject<HTMLElement | null>;
}

/** The form of one action, its confirmation where it disrupts, and the answer, in a modal. */
export function ActionDialog({ operationId, target, opened, onClose, opener }: ActionDialogProps) {
  const action = findAction(operationId);
  // Mounted open and unmounted to close: Mantine's own focus return does not see that.
  useReturnFocusOnUnmount(opener);
  const title = action !== undefined ? action.label : operationId;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && action !== undefined && (
        <ActionDialogContent operationId={operationId} target={target} onClose={onClose} />
      )}
    </Modal>
  );
}

/** The dialog's content, for hosts that bring their own modal (the command palette). */
export function ActionDialogContent({
  operationId,
  target,
  onClose,
}: Omit<ActionDialogProps, "opened" | "opener">) {
  const action = findAction(operationId)!;
  const [chosen, setChosen] = useState<PathValues>({});
  const [result, setResult] = useState<ApiResponse | null>(null);
  const refresh = useRefreshResources();
  // What the target does not tell is asked for; the inputs stay while values are chosen.
  const asked = actionPath(action, target, {}).missing;
  const filled = actionPath(action, target, chosen);
  const targetText = describeTarget(action, target, filled.path);
  const stillMissing = filled.missing;
  // The answer replaces the form, and with it the button that asked: focus moves to the
  // answer's Close, so it is not left on a control that is gone.
  const close = useRef<HTMLButtonElement>(null);
  const answered = result !== null;
  useEffect(() => {
    if (answered) close.current?.focus();
  }, [answered]);

  if (result !== null) {
    return (
      <Stack>
        <ActionResult operationId={operationId} response={result} />
        <Group justify="flex-end">
          <Button ref={close} onClick={onClose} data-testid="action-close">
            Close
          </Button>
        </Group>
      </Stack>
    );
  }

  const header =
    asked.length > 0 ? (
      <Stack gap="xs">
        {asked.map((param) => {
          const [name] = param;
          const reference = PATH_PARAM_RESOURCES[name];
          const parent =
            reference?.within !== undefined ? filled.path[reference.within] : undefined;
          let resource: string | null;
          let resourcePath: Record<string, string | number> | undefined;
          if (name === action.targetParam && action.resource !== null) {
            resource = action.resource.key;
          } else if (reference !== undefined && reference.within === undefined) {
            resource = reference.resource;
          } else if (
            reference !== undefined &&
            (typeof parent === "number" || typeof parent === "string")
          ) {
            resource = reference.resource;
            resourcePath = { [reference.within!]: parent };
          } else {
            resource = reference?.fallback ?? null;
          }
          return (
            <PathParamInput
              key={name}
              param={param}
              resource={resource}
              resourcePath={resourcePath}
              value={chosen[name]}
              onChange={(value) => setChosen((current) => withPathValue(current, name, value))}
            />
          );
        })}
      </Stack>
    ) : null;

  return (
    <RecordForm
      kind="action"
      operationId={operationId}
      path={filled.path}
      header={header}
      pathProblem={
        stillMissing.length > 0
          ? `Choose ${stillMissing.map(([name]) => fieldLabel(name)).join(", ")} first.`
          : null
      }
      confirmation={(body) => confirmationFor(action, body, targetText, target)}
      onCancel={onClose}
      submitLabel={action.label}
      onSuccess={(response) => {
        refresh([
          ...(ACTION_EFFECTS[operationId]?.refresh ?? []),
          ...(action.resource ? [action.resource.key] : []),
        ]);
        setResult(response);
      }}
    />
  );
}
