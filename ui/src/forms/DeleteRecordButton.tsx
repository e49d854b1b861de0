import { Alert, Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useState, type RefObject } from "react";
import { useReturnFocusOnUnmount } from "../components/focusReturn";
import type { Value } from "../bindings";
import type { AppError } from "../api/bridge";
import { ErrorNotice } from "../components/ErrorNotice";
import { recordIdParam, type CatalogResource } from "../catalog/catalogIndex";
import { useCanWrite } from "../api/access";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { dependentsOf, describeRecord, fillPath, type PathValues } from "../catalog/paths";
import { sendWrite } from "../api/writes";
import { useGuardedSubmit } from "../components/useGuardedSubmit";
import { useRefreshResources } from "../api/useRefreshResource";

export interface DeleteRecordButtonProps {
  resource: CatalogResource;
  record: Record<string, Value>;
  path?: PathValues;
  onDeleted?: () => void;
  /** A small icon-less button for table rows. */
  compact?: boolean;
}

export function DeleteRecordButton(props: DeleteRecordButtonProps) {
  const canWrite = useCanWrite();
  const [opened, setOpened] = useState(false);
  // The dialog mounts afresh per opening, so each opening is one request id of its own.
  const [opening, setOpening] = useState(0);
  if (props.resource.operations.delete === null || !canWrite) return null;
  return (
    <>
      <Button
        color="red"
        variant={props.compact ? "subtle" : "light"}
        size={props.compact ? "xs" : "sm"}
        leftSection={props.compact ? undefined : <IconTrash size={16} />}
        onClick={() => {
          setOpening((count) => count + 1);
          setOpened(true);
        }}
        data-testid="delete-button"
      >
        Delete
      </Button>
      {opened && <DeleteRecordDialog key={opening} {...props} onClose={() => setOpened(false)} />}
    </>
  );
}

export interface DeleteRecordDialogProps extends DeleteRecordButtonProps {
  onClose: () => void;
  /** Where focus goes back to when it closes; by default what had focus when it opened. */
  opener?: RefObject<HTMLElement | null>;
}

/**
 * The question before a delete, naming the record, and the delete itself; open while mounted.
 * Row menus open it from their "Delete…" item.
 */
export function DeleteRecordDialog(props: DeleteRecordDialogProps) {
  const { resource, record, path = {}, onClose, opener } = props;
  const canWrite = useCanWrite();
  useReturnFocusOnUnmount(opener);
  const { inFlight: busy, guard } = useGuardedSubmit();
  const [error, setError] = useState<AppError | null>(null);
  // One request id per opening of the dialog, kept across retries: Rust refuses a delete whose
  // id already went out.
  const [intentId] = useState(() => crypto.randomUUID());
  const refresh = useRefreshResources();
  const operationId = resource.operations.delete;
  if (operationId === null || !canWrite) return null;
  const name = describeRecord(resource, record);
  const dependents = dependentsOf(resource);

  const remove = () =>
    guard(async () => {
      const filled = fillPath(operationId, path, record, recordIdParam(resource) ?? undefined);
      const result = await sendWrite({ kind: "delete", operationId }, intentId, {
        path: filled.path,
      });
      if (result.status === "error") {
        setError(result.error);
        return;
      }
      notifications.show({ color: "green", message: `Deleted ${name}.` });
      refresh([resource.key]);
      onClose();
      props.onDeleted?.();
    });

  return (
    <ConfirmDialog
      opened
      title="Delete record"
      message={`Delete ${name}? This cannot be undone.`}
      details={
        dependents.length > 0
          ? [`Its ${dependents.join(", ")} depend on it and may be removed or left without it.`]
          : undefined
      }
      confirmLabel="Delete"
      busy={busy}
      onConfirm={() => void remove()}
      onCancel={onClose}
    >
      {error !== null && (
        <Alert color="red" data-testid="form-error" mt="md">
          <ErrorNotice error={error} />
        </Alert>
      )}
    </ConfirmDialog>
  );
}
