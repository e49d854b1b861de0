import { Button, Modal } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import type { Value } from "../bindings";
import { isRecord, unwrapData, recordId } from "../catalog/records";
import { isWriteOnly, singularLabel, type CatalogResource } from "../catalog/catalogIndex";
import { useCanWrite } from "../api/access";
import { fillPath, type PathValues } from "../catalog/paths";
import { RecordForm } from "./LazyRecordForm";
import { useRefreshResources } from "../api/useRefreshResource";

export interface CreateRecordButtonProps {
  resource: CatalogResource;
  /** Parent ids of a nested resource, by path parameter (`chargePoint`). */
  parentIds?: PathValues;
  onCreated?: (record: Record<string, Value> | null) => void;
}

/** "New charge point": hidden where the resource cannot be created or the profile is read-only. */
export function CreateRecordButton({
  resource,
  parentIds = {},
  onCreated,
}: CreateRecordButtonProps) {
  const canWrite = useCanWrite();
  const [opened, setOpened] = useState(false);
  const refresh = useRefreshResources();
  const operationId = resource.operations.create;
  if (operationId === null || !canWrite) return null;
  const noun = singularLabel(resource);
  const { path, missing } = fillPath(operationId, parentIds);
  // "Set smart charging" rather than "New …" where the API only writes the resource: the
  // request sets what it keeps one of per parent, and creates no record to name.
  const sets = isWriteOnly(resource);
  const title = sets ? `Set ${noun}` : `New ${noun}`;

  return (
    <>
      <Button
        leftSection={<IconPlus size={16} />}
        onClick={() => setOpened(true)}
        data-testid="create-button"
      >
        {title}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} size="lg">
        {opened && (
          <RecordForm
            kind="create"
            operationId={operationId}
            path={path}
            pathProblem={
              missing.length > 0 ? `Open the parent record first to add a ${noun}.` : null
            }
            onCancel={() => setOpened(false)}
            submitLabel={sets ? title : `Create ${noun}`}
            onSuccess={(response) => {
              const created = unwrapData(response.body ?? null);
              const record = isRecord(created) ? created : null;
              const id = record !== null ? recordId(record) : null;
              const done = sets
                ? `Set the ${noun}.`
                : id !== null
                  ? `Created ${noun} #${id}.`
                  : `Created the ${noun}.`;
              notifications.show({ color: "green", message: done });
              refresh([resource.key]);
              setOpened(false);
              onCreated?.(record);
            }}
          />
        )}
      </Modal>
    </>
  );
}
