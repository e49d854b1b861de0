// Which record an activity entry changed, so the list can open it: the operation's resource
// from the catalog, and the record's id from the request path.
import type { ActivityEntry_Serialize } from "../bindings";
import { catalog, type CatalogResource } from "../generated/catalog";

export type ActivityEntry = ActivityEntry_Serialize;

export interface ActivityTarget {
  resource: CatalogResource;
  /** The record's id, or null for a create (the path names no record yet). */
  id: string | null;
}

export type ChangeKind = "create" | "update" | "delete" | "action";

const OPERATION_RESOURCES: ReadonlyMap<string, [CatalogResource, ChangeKind]> = new Map(
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

export function changeKindOf(operationId: string): ChangeKind | null {
  return OPERATION_RESOURCES.get(operationId)?.[1] ?? null;
}

/**
 * The record an entry acted on. Update and delete paths end with the record's id; action paths
 * name their target right after the version segment (`/actions/users/v1.0/5/add-balance`).
 * Only top-level resources are linked: nested records need their parents' ids too.
 */
export function activityTarget(entry: ActivityEntry): ActivityTarget | null {
  const found = OPERATION_RESOURCES.get(entry.operationId);
  if (found === undefined) return null;
  const [resource, kind] = found;
  if (resource.parent !== null) return null;
  const segments = entry.path
    .split("?")[0]!
    .split("/")
    .filter((segment) => segment !== "");
  if (kind === "create") return { resource, id: null };
  if (kind === "action") {
    const version = segments.findIndex((segment) => /^v\d+(\.\d+)*$/.test(segment));
    const id = version >= 0 ? segments[version + 1] : undefined;
    return id !== undefined ? { resource, id: decodeURIComponent(id) } : null;
  }
  const last = segments.at(-1);
  return last !== undefined ? { resource, id: decodeURIComponent(last) } : null;
}
