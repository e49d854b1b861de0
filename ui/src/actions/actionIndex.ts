// Every action operation with the resource whose records it acts on, its label, and what its
// target is called in its path.
import type { ActionOperation } from "../bindings";
import { catalog, type CatalogResource } from "../generated/catalog";
import { actionLabel } from "../catalog/operationLabels";
import { operationPathParams } from "../catalog/operationShapes";

export interface ActionInfo {
  operationId: ActionOperation;
  /** The resource whose records the action applies to, or null for unassigned actions. */
  resource: CatalogResource | null;
  /** The path parameter naming the target record (the first of the path), if any. */
  targetParam: string | null;
  label: string;
}

export { actionLabel };

function infoOf(operationId: ActionOperation, resource: CatalogResource | null): ActionInfo {
  const first = operationPathParams(operationId)[0];
  return {
    operationId,
    resource,
    targetParam: first !== undefined ? first[0] : null,
    label: actionLabel(operationId),
  };
}

export const ALL_ACTIONS: readonly ActionInfo[] = [
  ...catalog.resources.flatMap((resource) => resource.actions.map((id) => infoOf(id, resource))),
  ...catalog.unassignedActions.map((id) => infoOf(id, null)),
];

const BY_ID: ReadonlyMap<string, ActionInfo> = new Map(ALL_ACTIONS.map((a) => [a.operationId, a]));

export function findAction(operationId: string): ActionInfo | undefined {
  return BY_ID.get(operationId);
}

export function actionsOf(resourceKey: string): ActionInfo[] {
  return ALL_ACTIONS.filter((action) => action.resource?.key === resourceKey);
}
