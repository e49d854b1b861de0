import { Group } from "@mantine/core";
import type { Value } from "../bindings";
import { parentParams, type CatalogResource } from "../catalog/catalogIndex";
import { DeleteRecordButton, EditRecordButton } from "../forms";
import type { PathValues } from "../catalog/paths";
import { ActionsMenu } from "./ActionsMenu";
import { editsFromRows } from "./collection";

export interface RecordActionsProps {
  resource: CatalogResource;
  record: Record<string, Value>;
  /** The record's path values: parent ids (and its own id where the screen knows it). */
  path?: PathValues;
  onDeleted?: () => void;
  /**
   * Row-sized, for list rows: delete and the actions menu, and edit too where the record has
   * no screen of its own to edit it from.
   */
  compact?: boolean;
}

/** Edit, delete and the actions menu of one record; nothing for a read-only profile. */
export function RecordActions({
  resource,
  record,
  path = {},
  onDeleted,
  compact,
}: RecordActionsProps) {
  const parents: PathValues = Object.fromEntries(
    parentParams(resource)
      .filter((name) => path[name] !== undefined)
      .map((name) => [name, path[name]!]),
  );
  const target = { resource, record, path: parents };
  return (
    <Group gap="xs" wrap="nowrap">
      {(!compact || editsFromRows(resource)) && (
        <EditRecordButton resource={resource} record={record} path={path} compact={compact} />
      )}
      {compact ? (
        // A row keeps Delete in its menu: no red word on every line of a listing.
        <ActionsMenu
          resource={resource}
          target={target}
          compact
          remove={{ resource, record, path, onDeleted }}
        />
      ) : (
        <>
          <ActionsMenu resource={resource} target={target} />
          <DeleteRecordButton
            resource={resource}
            record={record}
            path={path}
            onDeleted={onDeleted}
          />
        </>
      )}
    </Group>
  );
}
