// Lookups over the generated catalog: resources by key, their children, their labels, and the
// path parameters that address their listings and records.
import type { ListOperation, ReadOperation } from "../bindings";
import { catalog, type CatalogResource } from "../generated/catalog";
import { ACRONYMS, RESOURCE_LABELS, SINGULAR_LABELS } from "../overlay/labels";
import { NO_DETAIL_RESOURCES } from "../overlay/records";

export type { CatalogResource };

const BY_KEY: ReadonlyMap<string, CatalogResource> = new Map(
  catalog.resources.map((resource) => [resource.key, resource]),
);

export const ALL_RESOURCES: readonly CatalogResource[] = catalog.resources;

export function findResource(key: string): CatalogResource | undefined {
  return BY_KEY.get(key);
}

/** The key of the current version a key belongs to: `charge-points-v1-0` → `charge-points`. */
export function currentKey(key: string): string {
  return BY_KEY.get(key)?.currentKey ?? key;
}

/** `charge-points.evses` → `evses`; an older version's key reads as the current one's. */
export function lastSegment(key: string): string {
  const current = currentKey(key);
  return current.slice(current.lastIndexOf(".") + 1);
}

/** "Charge points", "EVSEs": the plural label shown in navigation and titles. */
export function resourceLabel(resource: CatalogResource): string {
  return RESOURCE_LABELS[lastSegment(resource.key)] ?? withAcronyms(resource.label);
}

/**
 * How `count` records of `resource` are called in a sentence: "1 charge point", "3 EVSEs",
 * "12 ID tags" (lower case, acronyms kept).
 */
export function recordsNoun(resource: CatalogResource, count: number): string {
  if (count === 1) return singularLabel(resource);
  return resourceLabel(resource)
    .split(" ")
    .map((word) => (/^[A-Z]{2}/.test(word) ? word : word.toLowerCase()))
    .join(" ");
}

/** "Evse downtime periods" → "EVSE downtime periods". */
function withAcronyms(label: string): string {
  return label
    .replace(/ v\d+(\.\d+)*$/, "")
    .split(" ")
    .map((word) => ACRONYMS[word.toLowerCase()] ?? word)
    .join(" ");
}

/** "charge point", "EVSE": one record of the resource. */
export function singularLabel(resource: CatalogResource): string {
  const segment = lastSegment(resource.key);
  const known = SINGULAR_LABELS[segment];
  if (known !== undefined) return known;
  const singular = withAcronyms(resource.singularLabel);
  return /^[A-Z]{2}/.test(singular) ? singular : singular.toLowerCase();
}

/** Top-level resources that have a listing: the entries of the sidebar. */
export function listableTopLevel(showDeprecated: boolean): CatalogResource[] {
  return catalog.resources.filter(
    (resource) =>
      resource.parent === null &&
      resource.operations.list !== null &&
      (showDeprecated || !resource.deprecated),
  );
}

/** Top-level resources with one record per tenant (settings), reached by their read. */
export function singleTopLevel(): CatalogResource[] {
  return catalog.resources.filter((resource) => resource.parent === null && resource.singleRecord);
}

/** Direct children of a resource that can be shown: listings, single records, write-only ones. */
export function childrenOf(key: string): CatalogResource[] {
  return catalog.resources.filter(
    (resource) =>
      resource.parent?.key === key &&
      (resource.operations.list !== null ||
        (resource.operations.read !== null && isSingleRecord(resource)) ||
        isWriteOnly(resource)),
  );
}

/**
 * Whether the API only ever writes the resource: a charge point's smart charging is set and
 * never read back, so its screen offers the way to set it and nothing to list.
 */
export function isWriteOnly(resource: CatalogResource): boolean {
  const { list, read, create } = resource.operations;
  return list === null && read === null && create !== null;
}

export function isSingleRecord(resource: CatalogResource): boolean {
  return resource.singleRecord;
}

/** Whether a listing's rows open a detail screen. */
export function hasDetail(resource: CatalogResource): boolean {
  return (
    resource.operations.read !== null &&
    !isSingleRecord(resource) &&
    !NO_DETAIL_RESOURCES.has(resource.key)
  );
}

/**
 * The path parameter that names one record of the resource (`chargePoint`), from the catalog;
 * null where no path addresses a record by id (a single record, a listing without reads).
 */
export function recordIdParam(resource: CatalogResource): string | null {
  return resource.recordIdParam;
}

/** The path parameters of the resource's listing, outermost first (`chargePoint`, `evse`). */
export function parentParams(resource: CatalogResource): string[] {
  const params: string[] = [];
  let current: CatalogResource | undefined = resource;
  while (current?.parent) {
    if (!params.includes(current.parent.pathParam)) params.unshift(current.parent.pathParam);
    current = BY_KEY.get(current.parent.key);
  }
  return params;
}

/** Turns a path value from the URL back into the number the API expects, when it is one. */
export function pathValue(raw: string): string | number {
  return /^\d{1,15}$/.test(raw) ? Number(raw) : raw;
}

/** The listing's operation id, typed for the command by the generated catalog. */
export function listOperationOf(resource: CatalogResource): ListOperation | null {
  return resource.operations.list;
}

export function readOperationOf(resource: CatalogResource): ReadOperation | null {
  return resource.operations.read;
}
