// Where an action is sent: the target record's path values, what is still missing, and how the
// target reads in a confirmation.
import type { Value } from "../bindings";
import { lastSegment, singularLabel, type CatalogResource } from "../catalog/catalogIndex";
import { describeRecord, fillPath, type FilledPath, type PathValues } from "../catalog/paths";
import { type ActionInfo, ALL_ACTIONS } from "./actionIndex";
import { CHARGER_DOWN_STATES, CHARGING_ACTIONS, DISRUPTIVE_ACTIONS } from "../overlay/actions";
import { enumLabel, fieldLabel } from "../format/labels";
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

/** The actions a record's own menu offers: those whose path names the record. */
export function recordActionsOf(resource: CatalogResource): ActionInfo[] {
  return actionsForResource(resource).filter((action) => action.targetParam !== null);
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

/**
 * "Warning: its hardware status is Faulted and its network status is Temporarily unavailable…": why a
 * charger may not carry out a command, from its record; null when nothing says it is down.
 */
export function chargerDownWarning(record: Record<string, Value> | undefined): string | null {
  if (record === undefined) return null;
  const states = Object.entries(CHARGER_DOWN_STATES).flatMap(([field, down]) => {
    const value = record[field];
    return typeof value === "string" && down.includes(value)
      ? [`${fieldLabel(field).toLowerCase()} is ${enumLabel(value)}`]
      : [];
  });
  if (states.length === 0) return null;
  return `Warning: its ${states.join(" and its ")}, so the charger may not carry out the command.`;
}

export function confirmationFor(
  action: ActionInfo,
  body: Value,
  targetText: string,
  target?: ActionTarget,
): Confirmation | null {
  const disruption = DISRUPTIVE_ACTIONS[action.operationId];
  const disrupts =
    disruption !== undefined && (disruption.when === undefined || disruption.when(body));
  // Starting or stopping charging on a charger that is down asks first, naming its state.
  const warning = CHARGING_ACTIONS.has(action.operationId)
    ? chargerDownWarning(target?.record)
    : null;
  if (!disrupts && warning === null) return null;
  const question = disrupts
    ? `${disruption.verb} ${targetText}? ${disruption.consequence}`
    : `${action.label}: ${targetText}?`;
  return {
    title: action.label,
    message: warning === null ? question : `${question} ${warning}`,
    confirmLabel: action.label,
  };
}
