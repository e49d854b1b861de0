// What a change is called in the operator's words ("Stop charging", "Edit user", "Delete ID
// tag") and how its outcome reads ("sent to the charger, waiting for it to confirm"), for the
// action dialog's answer and the activity log alike. The request behind it (method, path,
// operation id) is for "Technical details" only.
import { ACTION_LABELS, PLATFORM_ONLY_ACTIONS } from "../overlay/actions";
import { fieldLabel } from "../format/labels";
import { outcomeWords, type ChangeOutcome } from "../format/outcomes";
import { catalog } from "../generated/catalog";
import type { ActionOperation } from "../generated/unions";
import { singularLabel, type CatalogResource } from "./catalogIndex";

export type ChangeKind = "create" | "update" | "delete" | "action";

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

/** "chargePointChangeAvailability" → "Change availability"; the overlay's words where it has them. */
export function actionLabel(operationId: string): string {
  const known = ACTION_LABELS[operationId as ActionOperation];
  if (known !== undefined) return known;
  let name = operationId;
  for (const prefix of NOISE_PREFIXES) {
    if (name.startsWith(prefix) && /^[A-Z]/.test(name.slice(prefix.length))) {
      name = name.slice(prefix.length);
      break;
    }
  }
  return fieldLabel(name.charAt(0).toLowerCase() + name.slice(1));
}

const OPERATIONS: ReadonlyMap<string, [CatalogResource, ChangeKind]> = new Map(
  catalog.resources.flatMap((resource) => {
    const entries: [string, [CatalogResource, ChangeKind]][] = [];
    const { create, update, delete: remove } = resource.operations;
    if (create !== null) entries.push([create, [resource, "create"]]);
    if (update !== null) entries.push([update, [resource, "update"]]);
    if (remove !== null) entries.push([remove, [resource, "delete"]]);
    for (const action of resource.actions) entries.push([action, [resource, "action"]]);
    return entries;
  }),
);

/** The resource an operation changes and how, or null for an operation the catalog lacks. */
export function operationOf(operationId: string): [CatalogResource, ChangeKind] | null {
  return OPERATIONS.get(operationId) ?? null;
}

const VERBS: Readonly<Record<Exclude<ChangeKind, "action">, string>> = {
  create: "Create",
  update: "Edit",
  delete: "Delete",
};

/** "Stop charging", "Edit user", "Delete ID tag": a change as the operator names it. */
export function operationLabel(operationId: string): string {
  const found = operationOf(operationId);
  if (found === null) return actionLabel(operationId);
  const [resource, kind] = found;
  return kind === "action" ? actionLabel(operationId) : `${VERBS[kind]} ${singularLabel(resource)}`;
}

/** Whether an action is carried out by a charger (its answer only says the platform passed it on). */
export function reachesCharger(operationId: string): boolean {
  const found = operationOf(operationId);
  if (found === null || found[1] !== "action") return false;
  if (PLATFORM_ONLY_ACTIONS.has(operationId as ActionOperation)) return false;
  return /^(charge-points|evses)(\.|$)/.test(found[0].key);
}

/** "Stop charging · sent to the charger, waiting for it to confirm". */
export function changeSentence(operationId: string, outcome: ChangeOutcome): string {
  return `${operationLabel(operationId)} · ${outcomeWords(outcome, reachesCharger(operationId))}`;
}

/** The outcome of an answered call, from its HTTP status and whether the body says it failed. */
export function outcomeOfAnswer(status: number, failed: boolean): ChangeOutcome {
  if (failed || status >= 400) return "failed";
  return status === 202 ? "accepted" : "succeeded";
}
