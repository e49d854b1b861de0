// Every action operation with the resource whose records it acts on, its label, and what its
// target is called in its path.
import type { ActionOperation } from "../bindings";
import { catalog, type CatalogResource } from "../generated/catalog";
import { fieldLabel } from "../format/labels";
import { operationPathParams } from "../catalog/operationShapes";

export interface ActionInfo {
  operationId: ActionOperation;
  /** The resource whose records the action applies to, or null for unassigned actions. */
  resource: CatalogResource | null;
  /** The path parameter naming the target record (the first of the path), if any. */
  targetParam: string | null;
  label: string;
}

/** Prefixes that only repeat the resource's name in the operation id. */
const NOISE_PREFIXES = [
  "chargePoint",
  "circuit",
  "configurationTemplate",
  "electricityMeter",
  "evse",
  "flexibilityAsset",
  "location",
  "notifications",
  "parkingSpace",
  "reservation",
  "session",
  "subscriptionPlan",
  "tariff",
  "transaction",
  "user",
  "certificate",
];

/** "chargePointChangeAvailability" → "Change availability"; "chargePointEvseUnlock" → "EVSE unlock". */
export function actionLabel(operationId: string): string {
  let name = operationId;
  for (const prefix of NOISE_PREFIXES) {
    if (name.startsWith(prefix) && /^[A-Z]/.test(name.slice(prefix.length))) {
      name = name.slice(prefix.length);
      break;
    }
  }
  return fieldLabel(name.charAt(0).toLowerCase() + name.slice(1));
}

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
