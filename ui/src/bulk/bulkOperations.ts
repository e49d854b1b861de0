// What a bulk run may do to the selected records: delete them, or run one record action on
// each, where the action's path can be filled from every selected record (and the listing's
// parent ids). Each record's path is filled the way its row's own buttons fill it.
import type { Value } from "../bindings";
import { actionsForResource, confirmationFor, type ActionInfo } from "../actions";
import type { BulkOperation } from "../api/bulk";
import {
  recordIdParam,
  recordsNoun,
  singularLabel,
  type CatalogResource,
} from "../catalog/catalogIndex";
import { nameOf } from "../catalog/names";
import { operationPathParams, type PathParamShape } from "../catalog/operationShapes";
import { fillPath, type PathValues } from "../catalog/paths";
import { recordId, type ApiRecord } from "../catalog/records";
import { NATIVE_BULK_OPERATIONS } from "../overlay/bulk";

/** One thing the bulk bar offers. */
export type BulkChoice =
  | { kind: "delete"; operation: BulkOperation; label: string }
  | { kind: "action"; operation: BulkOperation; label: string; action: ActionInfo };

export function operationIdOf(choice: BulkChoice): string {
  return choice.operation.operation;
}

function targetParamOf(choice: BulkChoice, resource: CatalogResource): string | undefined {
  return choice.kind === "action"
    ? (choice.action.targetParam ?? undefined)
    : (recordIdParam(resource) ?? undefined);
}

/**
 * The path of one record's request, with `chosen` giving what no record holds (a reset's
 * hard or soft), or null when something is still missing.
 */
export function pathFor(
  choice: BulkChoice,
  resource: CatalogResource,
  parents: PathValues,
  record: ApiRecord,
  chosen: PathValues = {},
): Record<string, Value> | null {
  const param = targetParamOf(choice, resource);
  const filled = fillPath(choice.operation.operation, { ...parents, ...chosen }, record, param);
  return filled.missing.length === 0 ? filled.path : null;
}

/** Path values no record gives, asked once for all of them (a reset's hard or soft). */
export function askedOnce(
  choice: BulkChoice,
  resource: CatalogResource,
  parents: PathValues,
): PathParamShape[] {
  const target = targetParamOf(choice, resource);
  return operationPathParams(choice.operation.operation).filter(
    ([name]) => name !== target && parents[name] === undefined,
  );
}

/** Delete, then every record action that can be sent to each of `records`. */
export function bulkChoices(
  resource: CatalogResource,
  parents: PathValues,
  records: readonly ApiRecord[],
): BulkChoice[] {
  const choices: BulkChoice[] = [];
  const remove = resource.operations.delete;
  if (remove !== null) {
    choices.push({
      kind: "delete",
      operation: { kind: "delete", operation: remove },
      label: "Delete",
    });
  }
  for (const action of actionsForResource(resource)) {
    if (action.targetParam === null) continue;
    choices.push({
      kind: "action",
      operation: { kind: "action", operation: action.operationId },
      label: action.label,
      action,
    });
  }
  // Each record must name its own target; values asked once count as given.
  return choices.filter((choice) => {
    const asked = Object.fromEntries(
      askedOnce(choice, resource, parents).map(([name]) => [name, "asked"]),
    );
    return records.every((record) => pathFor(choice, resource, parents, record, asked) !== null);
  });
}

/** How a record reads in confirmations and results: its name, or its id. */
export function recordName(resource: CatalogResource, record: ApiRecord): string {
  const name = nameOf(record, resource);
  const id = recordId(record);
  if (name !== null && name !== "") return id !== null ? `${name} (#${id})` : name;
  return id !== null ? `${singularLabel(resource)} #${id}` : singularLabel(resource);
}

/** How many records the confirmation names before "and N more". */
export const NAMED_IN_CONFIRMATION = 3;

/** "5 charge points: A, B, C and 2 more". */
function countAndNames(resource: CatalogResource, records: readonly ApiRecord[]) {
  const count = records.length;
  const noun = recordsNoun(resource, count);
  const named = records.slice(0, NAMED_IN_CONFIRMATION).map((r) => recordName(resource, r));
  const more = count - named.length;
  const list = more > 0 ? `${named.join(", ")} and ${more} more` : named.join(", ");
  return { count, noun, what: `${count} ${noun}: ${list}` };
}

/** The question before one request changing all of `records`. */
export function recordsQuestion(
  label: string,
  resource: CatalogResource,
  records: readonly ApiRecord[],
): { title: string; message: string; confirmLabel: string } {
  const { count, noun, what } = countAndNames(resource, records);
  return {
    title: `${label}: ${count} ${noun}`,
    message: `${label} — ${what}?`,
    confirmLabel: `${label} (${count})`,
  };
}

/** "Change availability of 5 charge points: A, B, C and 2 more?" with the action's consequence. */
export function bulkQuestion(
  choice: BulkChoice,
  resource: CatalogResource,
  records: readonly ApiRecord[],
  body: Value,
): { title: string; message: string; confirmLabel: string } {
  const { count, noun, what } = countAndNames(resource, records);
  if (choice.kind === "delete") {
    return {
      title: `Delete ${count} ${noun}`,
      message: `Delete ${what}? This cannot be undone.`,
      confirmLabel: `Delete ${count}`,
    };
  }
  const disruption = confirmationFor(choice.action, body, what);
  return {
    title: `${choice.label}: ${count} ${noun}`,
    message: disruption?.message ?? `${choice.label} — ${what}?`,
    confirmLabel: `${choice.label} (${count})`,
  };
}

/** Whether the listing's rows can be selected at all: it has a delete or a record action. */
export function offersBulkChanges(resource: CatalogResource): boolean {
  return (
    resource.operations.delete !== null ||
    NATIVE_BULK_OPERATIONS[resource.key] !== undefined ||
    actionsForResource(resource).some((action) => action.targetParam !== null)
  );
}
