import { Alert, Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useRef, useState } from "react";
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
  const { resource, record, path = {} } = props;
  const canWrite = useCanWrite();
  const [opened, setOpened] = useState(false);
  const { inFlight: busy, guard } = useGuardedSubmit();
  const [error, setError] = useState<AppError | null>(null);
  // One request id per opening of the dialog, kept across retries: Rust refuses a delete whose
  // id already went out.
  const intentId = useRef("");
  const refresh = useRefreshResources();
  const operationId = resource.operations.delete;
  if (operationId === null || !canWrite) return null;
  const name = describeRecord(resource, record);
  const dependents = dependentsOf(resource);

  const remove = () =>
    guard(async () => {
      const filled = fillPath(operationId, path, record, recordIdParam(resource) ?? undefined);
      const result = await sendWrite({ kind: "delete", operationId }, intentId.current, {
        path: filled.path,
      });
      if (result.status === "error") {
        setError(result.error);
        return;
      }
      notifications.show({ color: "green", message: `Deleted ${name}.` });
      refresh([resource.key]);
      setOpened(false);
      props.onDeleted?.();
    });

  return (
    <>
      <Button
        color="red"
        variant={props.compact ? "subtle" : "light"}
        size={props.compact ? "xs" : "sm"}
        leftSection={props.compact ? undefined : <IconTrash size={16} />}
        onClick={() => {
          intentId.current = crypto.randomUUID();
          setError(null);
          setOpened(true);
        }}
        data-testid="delete-button"
      >
        Delete
      </Button>
      <ConfirmDialog
        opened={opened}
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
        onCancel={() => setOpened(false)}
      >
        {error !== null && (
          <Alert color="red" data-testid="form-error" mt="md">
            <ErrorNotice error={error} />
          </Alert>
        )}
      </ConfirmDialog>
    </>
  );
}
