// What each row of a listing offers besides its values: its buttons (delete, edit, actions)
// where the resource has them, and links in the cells that name one other record.
import { useMemo } from "react";
import { RecordActions, rowOffersButtons } from "../actions";
import { useCanWrite } from "../api/access";
import { pathValue, recordIdParam, type CatalogResource } from "../catalog/catalogIndex";
import { recordId, type ApiRecord } from "../catalog/records";
import { referenceLinks, type RecordLink } from "../catalog/referenceLinks";
import type { PathValues } from "../catalog/paths";
import type { CellLinks } from "./RecordTable";

/**
 * The buttons at the end of each row, or undefined where no row would show one (the resource
 * has none, or the profile is read-only): then the table has no buttons column at all.
 */
export function useRowActions(
  resource: CatalogResource,
  path: PathValues,
  onDeleted: () => void,
): ((record: ApiRecord) => React.ReactNode) | undefined {
  const canWrite = useCanWrite();
  return useMemo(() => {
    if (!rowOffersButtons(resource, canWrite)) return undefined;
    const idParam = recordIdParam(resource);
    return (record: ApiRecord) => {
      const id = recordId(record);
      return (
        <RecordActions
          compact
          resource={resource}
          record={record}
          path={id === null || idParam === null ? path : { ...path, [idParam]: pathValue(id) }}
          onDeleted={onDeleted}
        />
      );
    };
  }, [resource, path, onDeleted, canWrite]);
}

/** A reference cell holding one id opens that record; lists of ids stay summarised. */
export function useCellLinks(
  resource: CatalogResource,
  onOpenLink: (link: RecordLink) => void,
): CellLinks {
  return useMemo<CellLinks>(() => {
    const byField = new Map(
      resource.references
        .filter((reference) => !reference.many)
        .map((reference) => [reference.field, reference]),
    );
    return {
      refers: (column) => byField.has(column),
      of: (column, record) => {
        const reference = byField.get(column);
        if (reference === undefined) return null;
        const links = referenceLinks(reference, record[column], record);
        return links?.length === 1 ? (links[0] ?? null) : null;
      },
      open: onOpenLink,
    };
  }, [resource, onOpenLink]);
}
