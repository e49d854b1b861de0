// Which changes apply to a whole listing rather than to one of its records.
import {
  hasDetail,
  parentParams,
  resourceLabel,
  type CatalogResource,
} from "../catalog/catalogIndex";
import type { UpdateOperation } from "../bindings";
import { catalog } from "../generated/catalog";
import type { ResourceKey } from "../generated/unions";
import { operationPathParams } from "../catalog/operationShapes";
import { actionsForResource, recordActionsOf } from "./targets";

export interface CollectionUpdate {
  operationId: UpdateOperation;
  /** "Shared partners", "Reorder": what the button says it edits. */
  label: string;
  /** The resource whose screens show the result. */
  resourceKey: ResourceKey;
}

/** Updates of this listing as a whole: its own record-less update and update-only children. */
export function collectionUpdates(resource: CatalogResource): CollectionUpdate[] {
  const updates: CollectionUpdate[] = [];
  const own = resource.operations.update;
  if (own !== null && operationPathParams(own).length === parentParams(resource).length) {
    updates.push({ operationId: own, label: resourceLabel(resource), resourceKey: resource.key });
  }
  for (const child of catalog.resources) {
    const { update, list, read, create } = child.operations;
    if (child.parent?.key !== resource.key || update === null) continue;
    if (list !== null || read !== null || create !== null) continue;
    updates.push({ operationId: update, label: resourceLabel(child), resourceKey: resource.key });
  }
  return updates;
}

/** Actions of this resource that name no record: they run on the listing as a whole. */
export function collectionActions(resource: CatalogResource) {
  return actionsForResource(resource).filter((action) => action.targetParam === null);
}

/** Whether the resource's update names one record (else it replaces the listing as a whole). */
export function updatesOneRecord(resource: CatalogResource): boolean {
  const update = resource.operations.update;
  return update !== null && operationPathParams(update).length > parentParams(resource).length;
}

/** Whether a record is edited from its listing's row: it has no screen of its own to edit on. */
export function editsFromRows(resource: CatalogResource): boolean {
  return updatesOneRecord(resource) && !hasDetail(resource);
}

/**
 * Whether a list row's compact buttons show anything: Edit, Delete or an action that names the
 * record, and only for a profile that may change things. What a row offers follows from its
 * resource alone, so one answer holds for every row loaded; a listing whose rows would show
 * nothing gets no buttons column (an empty one would hide the columns beside it).
 */
export function rowOffersButtons(resource: CatalogResource, canWrite: boolean): boolean {
  return (
    canWrite &&
    (resource.operations.delete !== null ||
      recordActionsOf(resource).length > 0 ||
      editsFromRows(resource))
  );
}
