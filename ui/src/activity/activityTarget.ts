// Which record an activity entry changed, so the list can open it: the operation's resource
// from the catalog, and the record's id from the request path.
import type { ActivityEntry_Serialize } from "../bindings";
import { isSingleRecord, recordIdParam } from "../catalog/catalogIndex";
import { operationPath, operationPathParams } from "../catalog/operationShapes";
import { operationOf, type ChangeKind } from "../catalog/operationLabels";
import type { CatalogResource } from "../generated/catalog";

export type ActivityEntry = ActivityEntry_Serialize;

export interface ActivityTarget {
  resource: CatalogResource;
  /** The record's id, or null for a create (the path names no record yet). */
  id: string | null;
  /** Parent ids of a nested record, by path parameter; empty for a top-level one. */
  path: Record<string, string>;
}

/** Whether the entry created, edited, deleted or acted on its record; null when unknown. */
export function changeKindOf(operationId: string): ChangeKind | null {
  return operationOf(operationId)?.[1] ?? null;
}

/** The values of a path template's `{name}` segments in a request path, or null if apart. */
export function pathValuesOf(template: string, path: string): Record<string, string> | null {
  const want = template.split("/").filter((segment) => segment !== "");
  const have = path
    .split("?")[0]!
    .split("/")
    .filter((segment) => segment !== "");
  if (want.length !== have.length) return null;
  const values: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (name !== undefined) values[name] = decodeURIComponent(have[index]!);
    else if (segment !== have[index]) return null;
  }
  return values;
}

/**
 * The record an entry acted on, read from its request path against the operation's template:
 * the record's own id and, for a nested record, its parents' ids. An action's target is the
 * first value of its path.
 */
export function activityTarget(entry: ActivityEntry): ActivityTarget | null {
  const found = operationOf(entry.operationId);
  const template = operationPath(entry.operationId);
  if (found === null || template === null) return null;
  const [resource, kind] = found;
  const values = pathValuesOf(template, entry.path);
  if (values === null) return null;
  if (kind === "action") {
    const target = operationPathParams(entry.operationId)[0]?.[0];
    const id = target !== undefined ? values[target] : undefined;
    return id !== undefined ? { resource, id, path: {} } : null;
  }
  const idParam = recordIdParam(resource);
  const id = idParam !== null ? values[idParam] : undefined;
  const parents = Object.fromEntries(Object.entries(values).filter(([name]) => name !== idParam));
  if (kind === "create" || (id === undefined && !isSingleRecord(resource))) {
    return { resource, id: null, path: values };
  }
  // One record per parent or per tenant (settings) is opened without an id of its own.
  return { resource, id: id ?? "record", path: parents };
}
