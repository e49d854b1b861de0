// Where an action is sent: the target record's path values, what is still missing, and how the
// target reads in a confirmation.
import type { Value } from "../bindings";
import { lastSegment, singularLabel, type CatalogResource } from "../catalog/catalogIndex";
import { describeRecord, fillPath, type FilledPath, type PathValues } from "../catalog/paths";
import { type ActionInfo, ALL_ACTIONS } from "./actionIndex";
import { DISRUPTIVE_ACTIONS } from "../overlay/actions";
import type { Confirmation } from "../forms";

export interface ActionTarget {
  resource: CatalogResource;
  record: Record<string, Value>;
  /** Parent ids of a nested record, by path parameter. */
  path?: PathValues;
}

/** Actions that apply to records of this resource, nested copies included (EVSEs of a charge point). */
export function actionsForResource(resource: CatalogResource): ActionInfo[] {
  const segment = lastSegment(resource.key);
  return ALL_ACTIONS.filter(
    (action) =>
      action.resource !== null &&
      (action.resource.key === resource.key || action.resource.key === segment),
  );
}

export function actionPath(
  action: ActionInfo,
  target: ActionTarget | undefined,
  chosen: PathValues,
): FilledPath {
  const known: PathValues = { ...(target?.path ?? {}), ...chosen };
  return fillPath(action.operationId, known, target?.record, action.targetParam ?? undefined);
}

export function describeTarget(
  action: ActionInfo,
  target: ActionTarget | undefined,
  path: Record<string, Value>,
): string {
  if (target !== undefined) return describeRecord(target.resource, target.record);
  const id = action.targetParam !== null ? path[action.targetParam] : undefined;
  const noun = action.resource !== null ? singularLabel(action.resource) : "record";
  return id !== undefined ? `${noun} #${String(id)}` : noun;
}

export function confirmationFor(
  action: ActionInfo,
  body: Value,
  targetText: string,
): Confirmation | null {
  const disruption = DISRUPTIVE_ACTIONS[action.operationId];
  if (disruption === undefined || (disruption.when !== undefined && !disruption.when(body)))
    return null;
  return {
    title: action.label,
    message: `${disruption.verb} ${targetText}? ${disruption.consequence}`,
    confirmLabel: action.label,
  };
}
