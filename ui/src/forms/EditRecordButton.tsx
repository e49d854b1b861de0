import { Button, Modal } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import type { Value } from "../bindings";
import { recordIdParam, type CatalogResource } from "../catalog/catalogIndex";
import { useCanWrite } from "../api/access";
import { describeRecord, fillPath, type PathValues } from "../catalog/paths";
import { RecordForm } from "./LazyRecordForm";
import { useRefreshResources } from "../api/useRefreshResource";

export interface EditRecordButtonProps {
  resource: CatalogResource;
  record: Record<string, Value>;
  /** The record's path values: parent ids and, where known, its own id. */
  path?: PathValues;
  onSaved?: () => void;
  /** Row-sized, for list rows of records that have no screen of their own. */
  compact?: boolean;
}

/** "Edit": prefilled from the record; PATCH sends what changed, PUT the whole record. */
export function EditRecordButton({
  resource,
  record,
  path = {},
  onSaved,
  compact,
}: EditRecordButtonProps) {
  const canWrite = useCanWrite();
  const [opened, setOpened] = useState(false);
  const refresh = useRefreshResources();
  const operationId = resource.operations.update;
  if (operationId === null || !canWrite) return null;
  const filled = fillPath(operationId, path, record, recordIdParam(resource) ?? undefined);
  const title = `Edit ${describeRecord(resource, record)}`;

  return (
    <>
      <Button
        variant={compact ? "subtle" : "default"}
        size={compact ? "xs" : "sm"}
        leftSection={compact ? undefined : <IconPencil size={16} />}
        onClick={() => setOpened(true)}
        data-testid="edit-button"
      >
        Edit
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} size="lg">
        {opened && (
          <RecordForm
            kind="update"
            operationId={operationId}
            path={filled.path}
            record={record}
            pathProblem={filled.missing.length > 0 ? "This record's address is incomplete." : null}
            onCancel={() => setOpened(false)}
            submitLabel="Save changes"
            onSuccess={() => {
              notifications.show({
                color: "green",
                message: `Saved ${describeRecord(resource, record)}.`,
              });
              refresh([resource.key]);
              setOpened(false);
              onSaved?.();
            }}
          />
        )}
      </Modal>
    </>
  );
}
