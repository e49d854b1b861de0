import { Button, Group, Modal, Text } from "@mantine/core";
import type { ReactNode } from "react";

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
}

/** Asks before something that cannot be taken back; "Cancel" is the safe, focused default. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} centered>
      <div data-testid="confirm-dialog">
        <Text>{props.message}</Text>
        {props.details?.map((line) => (
          <Text key={line} size="sm" c="dimmed" mt="xs">
            {line}
          </Text>
        ))}
        {props.children}
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={props.onConfirm}
            loading={props.busy}
            disabled={props.busy}
            data-testid="confirm-yes"
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </div>
    </Modal>
  );
}
