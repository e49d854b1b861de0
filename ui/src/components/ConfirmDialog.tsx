import { Button, Group, Modal, Text } from "@mantine/core";
import type { KeyboardEvent, ReactNode, RefObject } from "react";
import { useReturnFocusOnUnmount } from "./focusReturn";

/**
 * Marks the dialog's controls so that Escape pressed on them is left alone by every Mantine
 * dialog: each open one listens on the window, so the dialog this question sits over (an
 * action's form) would close with it, taking what the operator filled in. The question
 * handles Escape itself.
 */
const OWN_ESCAPE = { "data-mantine-stop-propagation": true } as const;

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: string;
  details?: string[];
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Shown under the question, e.g. why the last attempt failed. */
  children?: ReactNode;
  /**
   * The button that asked, for focus to go back to; by default what had focus when the dialog
   * mounted (a button that disables itself while it checks has lost focus by then).
   */
  opener?: RefObject<HTMLElement | null>;
}

/** Asks before something that cannot be taken back; "Cancel" is the safe, focused default. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  // Most askers mount it open and unmount it to close, which Mantine's own return misses:
  // focus goes back to the button that asked.
  useReturnFocusOnUnmount(props.opener);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onCancel}
      title={props.title}
      centered
      closeButtonProps={{ "aria-label": "Close", ...OWN_ESCAPE }}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key !== "Escape" || !props.opened) return;
        event.stopPropagation();
        props.onCancel();
      }}
    >
      <div data-testid="confirm-dialog">
        <Text>{props.message}</Text>
        {props.details?.map((line) => (
          <Text key={line} size="sm" c="dimmed" mt="xs">
            {line}
          </Text>
        ))}
        {props.children}
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={props.onCancel} data-autofocus {...OWN_ESCAPE}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={props.onConfirm}
            loading={props.busy}
            disabled={props.busy}
            data-testid="confirm-yes"
            {...OWN_ESCAPE}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </div>
    </Modal>
  );
}
