// Fills an operation's path parameters from what the screen knows: the parent ids of the
// listing, and the record itself for the parameter that names it.
import type { Value } from "../bindings";
import { nameOf } from "./names";
import { recordId } from "./records";
import { childrenOf, resourceLabel, singularLabel, type CatalogResource } from "./catalogIndex";
import { operationPathParams, type PathParamShape } from "./operationShapes";

export type PathValues = Record<string, string | number>;

/** `values` with `name` set to `value`, or without it when `value` is undefined. */
export function withPathValue(
  values: PathValues,
  name: string,
  value: string | number | undefined,
): PathValues {
  const next = { ...values };
  if (value === undefined) delete next[name];
  else next[name] = value;
  return next;
}

export interface FilledPath {
  path: Record<string, Value>;
  /** Parameters nobody knows yet: the form asks for them. */
  missing: PathParamShape[];
}

function asPathValue(id: string): string | number {
  return /^\d{1,15}$/.test(id) ? Number(id) : id;
}

/**
 * `known` holds values by parameter name; `recordParam` names the parameter that the record's
 * own id fills (the record's id parameter, or an action's target parameter).
 */
export function fillPath(
  operationId: string,
  known: PathValues,
  record?: Record<string, Value>,
  recordParam?: string,
): FilledPath {
  const path: Record<string, Value> = {};
  const missing: PathParamShape[] = [];
  const params = operationPathParams(operationId);
  const id = record !== undefined ? recordId(record) : null;
  params.forEach((param, index) => {
    const [name] = param;
    const isRecordParam =
      recordParam !== undefined ? name === recordParam : index === params.length - 1;
    if (known[name] !== undefined) path[name] = known[name];
    else if (isRecordParam && id !== null) path[name] = asPathValue(id);
    else missing.push(param);
  });
  return { path, missing };
}

/** "charge point CP-0012 (#12)", or "charge point #12" for records with no name. */
export function describeRecord(resource: CatalogResource, record: Record<string, Value>): string {
  const id = recordId(record);
  const name = nameOf(record, resource);
  const noun = singularLabel(resource);
  if (name !== null && name !== "")
    return id !== null ? `${noun} ${name} (#${id})` : `${noun} ${name}`;
  return id !== null ? `${noun} #${id}` : noun;
}

/** What the catalog says hangs off a record of this resource, for the delete confirmation. */
export function dependentsOf(resource: CatalogResource): string[] {
  return childrenOf(resource.key).map((child) => resourceLabel(child));
}
