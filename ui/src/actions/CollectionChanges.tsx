// Changes that apply to a whole listing rather than one of its records: an update whose path
// names no record (a charge point's shared partners, replaced as one set), an update-only
// resource hanging off the listing (reordering custom tariff filters), and actions that take
// no record at all (assigning tariff groups to many EVSEs at once). They sit in the list
// screen's toolbar.
import { Button, Modal } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import type { CatalogResource } from "../catalog/catalogIndex";
import { useCanWrite } from "../api/access";
import { fillPath, type PathValues } from "../catalog/paths";
import { RecordForm } from "../forms";
import { useRefreshResources } from "../api/useRefreshResource";
import { ListActionsMenu } from "./ActionsMenu";
import { collectionUpdates, type CollectionUpdate } from "./collection";

export interface CollectionChangesProps {
  resource: CatalogResource;
  /** The listing's parent ids. */
  path: PathValues;
}

export function CollectionChanges({ resource, path }: CollectionChangesProps) {
  const canWrite = useCanWrite();
  if (!canWrite) return null;
  return (
    <>
      {collectionUpdates(resource).map((update) => (
        <CollectionUpdateButton key={update.operationId} update={update} path={path} />
      ))}
      <ListActionsMenu resource={resource} />
    </>
  );
}

function CollectionUpdateButton({ update, path }: { update: CollectionUpdate; path: PathValues }) {
  const [opened, setOpened] = useState(false);
  const refresh = useRefreshResources();
  const filled = fillPath(update.operationId, path);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPencil size={16} />}
        onClick={() => setOpened(true)}
        data-testid={`collection-update-${update.operationId}`}
      >
        {update.label}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={update.label} size="lg">
        {opened && (
          <RecordForm
            kind="update"
            operationId={update.operationId}
            path={filled.path}
            pathProblem={
              filled.missing.length > 0 ? "Open this from its parent record's page." : null
            }
            submitLabel="Save changes"
            onSuccess={() => {
              notifications.show({ color: "green", message: `Saved: ${update.label}.` });
              refresh([update.resourceKey]);
              setOpened(false);
            }}
          />
        )}
      </Modal>
    </>
  );
}
