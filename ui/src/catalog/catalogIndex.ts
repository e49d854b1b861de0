// Lookups over the generated catalog: resources by key, their children, their labels, and the
// path parameters that address their listings and records.
import type { ListOperation, ReadOperation } from "../bindings";
import { catalog, type CatalogResource } from "../generated/catalog";
import { ACRONYMS, RESOURCE_LABELS, SINGULAR_LABELS } from "../overlay/labels";
import { NO_DETAIL_RESOURCES, RECORD_ID_PARAMS, SINGLE_RECORD_RESOURCES } from "../overlay/records";

export type { CatalogResource };

const BY_KEY: ReadonlyMap<string, CatalogResource> = new Map(
  catalog.resources.map((resource) => [resource.key, resource]),
);

export const ALL_RESOURCES: readonly CatalogResource[] = catalog.resources;

export function findResource(key: string): CatalogResource | undefined {
  return BY_KEY.get(key);
}

/** The last segment of a key: `charge-points.evses` → `evses`. */
/** An older API version's key names its version: `charge-points-v1-0.configurations`. */
const VERSION_SUFFIX = /-v\d+-\d+$/;

/** The key of the current version a key belongs to: `charge-points-v1-0` → `charge-points`. */
export function currentKey(key: string): string {
  const [top = key, ...rest] = key.split(".");
  return [top.replace(VERSION_SUFFIX, ""), ...rest].join(".");
}

/** `charge-points.evses` → `evses`; an older version's key reads as the current one's. */
export function lastSegment(key: string): string {
  const current = currentKey(key);
  return current.slice(current.lastIndexOf(".") + 1);
}

/** "Charge points", "EVSEs": the plural label shown in navigation and titles. */
export function resourceLabel(resource: CatalogResource): string {
  const known = RESOURCE_LABELS[lastSegment(resource.key)];
  if (known !== undefined) return known;
  // "Evse downtime periods" → "EVSE downtime periods".
  return resource.label
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
  const plural = resourceLabel(resource);
  const singular = plural.endsWith("ies")
    ? `${plural.slice(0, -3)}y`
    : plural.endsWith("s")
      ? plural.slice(0, -1)
      : plural;
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
  return catalog.resources.filter(
    (resource) => resource.parent === null && SINGLE_RECORD_RESOURCES.has(resource.key),
  );
}

/** Direct children of a resource that can be shown: listings and single records. */
export function childrenOf(key: string): CatalogResource[] {
  return catalog.resources.filter(
    (resource) =>
      resource.parent?.key === key &&
      (resource.operations.list !== null ||
        (resource.operations.read !== null && isSingleRecord(resource))),
  );
}

export function isSingleRecord(resource: CatalogResource): boolean {
  return SINGLE_RECORD_RESOURCES.has(resource.key);
}

/** Whether a listing's rows open a detail screen. */
export function hasDetail(resource: CatalogResource): boolean {
  return (
    resource.operations.read !== null &&
    !isSingleRecord(resource) &&
    !NO_DETAIL_RESOURCES.has(resource.key)
  );
}

function camelCase(text: string): string {
  return text.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

function singularSegment(segment: string): string {
  if (segment.endsWith("ies")) return `${segment.slice(0, -3)}y`;
  if (/(xes|sses)$/.test(segment)) return segment.slice(0, -2);
  if (segment.endsWith("s")) return segment.slice(0, -1);
  return segment;
}

/** The path parameter that names one record of the resource (`chargePoint`). */
export function recordIdParam(resource: CatalogResource): string {
  return (
    RECORD_ID_PARAMS[resource.key] ??
    RECORD_ID_PARAMS[currentKey(resource.key)] ??
    camelCase(singularSegment(lastSegment(resource.key)))
  );
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

/** "chargePointId" → "Charge point ID"; "evseIds" → "EVSE IDs". */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/\s+/)
    .filter((word) => word !== "")
    // Codes of a letter and a number ("L1", "L3" of a phase) keep their capitals.
    .map((word) =>
      /^[A-Z]+\d+$/.test(word) ? word : (ACRONYMS[word.toLowerCase()] ?? word.toLowerCase()),
    );
  const [first = "", ...rest] = words;
  const head =
    first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first;
  return [head, ...rest].join(" ");
}

/**
 * "out_of_order" → "Out of order", "suspendedEV" → "Suspended EV". Short capital codes
 * (countries "AF", states "NSW", currencies "EUR") are names already and stay as they are.
 */
export function enumLabel(value: string): string {
  if (/^[A-Z]{2,3}$/.test(value)) return value;
  return fieldLabel(value.replace(/-/g, "_"));
}
