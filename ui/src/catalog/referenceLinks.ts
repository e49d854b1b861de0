// Where the ids inside a record lead: a reference field opens the record it names (a nested one
// through the parent ids its record holds beside it), and a row of a nested table that is a
// child resource's record (a charge point's EVSEs) opens that record.
import type { Value } from "../bindings";
import { catalog, type CatalogReference } from "../generated/catalog";
import { type ApiRecord, recordId } from "./records";
import {
  childrenOf,
  findResource,
  hasDetail,
  lastSegment,
  parentParams,
  recordIdParam,
  type CatalogResource,
} from "./catalogIndex";

/** One detail screen to open: the resource, the record's id and its parents' ids. */
export interface RecordLink {
  resource: CatalogResource;
  id: string;
  /** Parent ids by path parameter; empty for a top-level record. */
  path: Record<string, string>;
}

function idText(value: Value | undefined): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && value !== "") return value;
  return null;
}

/**
 * The records a reference field's value names, one per id, or null when the value cannot be
 * followed: the target has no detail screen, the value holds no id, or the record lacks a
 * parent id the target's address needs (the plain value is shown then).
 */
export function referenceLinks(
  reference: CatalogReference,
  value: Value | undefined,
  record: ApiRecord,
): RecordLink[] | null {
  const target = findResource(reference.resource);
  if (target === undefined || !hasDetail(target)) return null;
  const path: Record<string, string> = {};
  for (const param of parentParams(target)) {
    const field = reference.path[param];
    const parentId = field === undefined ? null : idText(record[field]);
    if (parentId === null) return null;
    path[param] = parentId;
  }
  const ids = (Array.isArray(value) ? value : [value]).map(idText);
  if (ids.length === 0 || ids.some((id) => id === null)) return null;
  return ids.map((id) => ({ resource: target, id: id ?? "", path }));
}

/**
 * References that mean the same wherever their field appears: every resource whose records
 * have the field links it to the same target, and none holds it as a plain id. Rows of nested
 * tables have no resource of their own in the catalog, so only these are followed there.
 */
const UNANIMOUS_REFERENCES: ReadonlyMap<string, CatalogReference> = (() => {
  const byField = new Map<string, CatalogReference | null>();
  for (const resource of catalog.resources) {
    for (const field of resource.plainIds) byField.set(field, null);
  }
  for (const resource of catalog.resources) {
    for (const column of resource.columns) {
      const reference = resource.references.find((candidate) => candidate.field === column.name);
      const known = byField.get(column.name);
      if (known === undefined) byField.set(column.name, reference ?? null);
      else if (known !== null && (reference === undefined || !sameReference(known, reference)))
        byField.set(column.name, null);
    }
  }
  return new Map(
    [...byField].filter((entry): entry is [string, CatalogReference] => entry[1] !== null),
  );
})();

function sameReference(a: CatalogReference, b: CatalogReference): boolean {
  return a.resource === b.resource && JSON.stringify(a.path) === JSON.stringify(b.path);
}

/** The reference a field of a nested table's row makes, if the catalog agrees on one. */
export function nestedReference(field: string): CatalogReference | undefined {
  return UNANIMOUS_REFERENCES.get(field);
}

/** A nested array's place: the child resource its rows are records of, and their parents' ids. */
export interface NestedPlace {
  resource: CatalogResource;
  path: Record<string, string>;
}

/**
 * The child resource whose records fill the array `name` of a record of `owner` (addressed by
 * `ownerPath`, its own id included): a charge point's `evses` are `charge-points.evses`.
 */
export function nestedPlace(
  owner: CatalogResource | undefined,
  ownerPath: Record<string, string>,
  name: string,
): NestedPlace | null {
  if (owner === undefined) return null;
  const child = childrenOf(owner.key).find((candidate) => lastSegment(candidate.key) === name);
  if (child === undefined) return null;
  const path: Record<string, string> = {};
  for (const param of parentParams(child)) {
    const value = ownerPath[param];
    if (value === undefined) return null;
    path[param] = value;
  }
  return { resource: child, path };
}

/** The detail screen of one row of a nested table, when the row is a child's record. */
export function rowLink(place: NestedPlace | null, row: ApiRecord): RecordLink | null {
  if (place === null || !hasDetail(place.resource)) return null;
  const id = recordId(row);
  return id === null ? null : { resource: place.resource, id, path: place.path };
}

/** The address of a row's own children: its place's path plus its own id. */
export function rowPath(place: NestedPlace | null, row: ApiRecord): Record<string, string> {
  if (place === null) return {};
  const id = recordId(row);
  const idParam = recordIdParam(place.resource);
  return id === null || idParam === null ? place.path : { ...place.path, [idParam]: id };
}
