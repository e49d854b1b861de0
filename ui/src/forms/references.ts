// Which form fields hold the id of another resource's record, and how to find records of that
// resource by what the operator types: the listing's own text filter where it has one, else
// its first page, narrowed here by label.
import { commands, type ListOperation, type Value } from "../bindings";
import { unwrapResult } from "../api/bridge";
import { believedTenant } from "../api/tenantGeneration";
import { catalog, type CatalogResource } from "../generated/catalog";
import { recordId } from "../catalog/records";
import { nameOf, namedReferenceText } from "../catalog/names";

export interface ReferenceTarget {
  resource: string;
  many: boolean;
  /**
   * For a nested target (a connector): each parent path parameter and the form field that
   * holds its id (`{ chargePoint: "chargePointId", evse: "evseId" }`); empty otherwise.
   */
  parents: Record<string, string>;
}

/**
 * Field name → the resource it points at. A form field knows only its name, so the catalog
 * lists the names that point at the same top-level resource in every request body; a name
 * that is plain text somewhere stays a plain input.
 */
const REFERENCE_FIELDS: ReadonlyMap<string, ReferenceTarget> = new Map(
  Object.entries(catalog.bodyReferences).map(([field, target]) => [
    field,
    { ...target, parents: {} },
  ]),
);

/**
 * Field name → a nested resource it points at, where every record that has the field agrees
 * (a connector through its charge point and EVSE; a payment method through its user). The
 * picker finds the parents' ids in the operation's path or in the form's own fields.
 */
const NESTED_REFERENCE_FIELDS: ReadonlyMap<string, ReferenceTarget> = (() => {
  const found = new Map<string, ReferenceTarget | null>();
  for (const resource of catalog.resources) {
    for (const reference of resource.references) {
      if (Object.keys(reference.path).length === 0) continue;
      const target = {
        resource: reference.resource,
        many: reference.many,
        parents: reference.path,
      };
      const seen = found.get(reference.field);
      const agrees =
        seen === undefined || (seen !== null && JSON.stringify(seen) === JSON.stringify(target));
      found.set(reference.field, agrees ? target : null);
    }
  }
  return new Map(
    [...found].filter((entry): entry is [string, ReferenceTarget] => entry[1] !== null),
  );
})();

/** The resource a `…Id`/`…Ids` field refers to, or null for any other field. */
export function referenceTarget(field: string): ReferenceTarget | null {
  if (!/Ids?$/.test(field)) return null;
  return REFERENCE_FIELDS.get(field) ?? NESTED_REFERENCE_FIELDS.get(field) ?? null;
}

/**
 * The parent path of a nested target, from the operation's path values (`chargePoint` of a
 * charge point action) or else the form's fields (`chargePointId`), or null while one is
 * unknown.
 */
export function referenceParentPath(
  parents: Record<string, string>,
  operationPath: Record<string, Value>,
  formData: Record<string, Value>,
): Record<string, string | number> | null {
  const path: Record<string, string | number> = {};
  for (const [param, field] of Object.entries(parents)) {
    const value = operationPath[param] ?? formData[field];
    if (typeof value !== "number" && (typeof value !== "string" || value === "")) return null;
    path[param] = value;
  }
  return path;
}

export interface ReferenceOption {
  value: string;
  label: string;
}

/**
 * Filters that search a listing by the text a person knows a record by, best first, with the
 * texts each suits: an email filter may match whole addresses only, so it gets only those.
 */
const TEXT_FILTERS: readonly [string, (text: string) => boolean][] = [
  ["name", () => true],
  ["email", (text) => text.includes("@")],
  ["search", () => true],
  ["identifier", () => true],
  ["title", () => true],
  ["networkId", () => true],
  ["idTagUid", () => true],
];

/** Records fetched per search: one page, enough to pick from. */
export const REFERENCE_PAGE_SIZE = 50;

function findResource(key: string): CatalogResource | undefined {
  return catalog.resources.find((resource) => resource.key === key);
}

/** "CP-0012 · #12" by the resource's name rule, or "#12" for records with no name. */
export function referenceLabel(
  record: Record<string, Value>,
  resource: CatalogResource,
): string | null {
  const id = recordId(record);
  if (id === null) return null;
  const name = nameOf(record, resource);
  return name === null ? `#${id}` : namedReferenceText(name, id);
}

function textFilterOf(resource: CatalogResource, text: string): string | null {
  if (text === "" || /^#?\d+$/.test(text)) return null;
  for (const [name, suits] of TEXT_FILTERS) {
    const filter = resource.filters.find(
      (candidate) => candidate.name === name && candidate.type === "string" && !candidate.isArray,
    );
    if (filter !== undefined && suits(text)) return filter.name;
  }
  return null;
}

/**
 * Records of `resourceKey` matching `text`, as picker options. `path` fills the listing's
 * parent path parameters for nested resources.
 */
export async function searchReferences(
  resourceKey: string,
  text: string,
  requestId: string,
  path: Record<string, string | number> = {},
): Promise<ReferenceOption[]> {
  const resource = findResource(resourceKey);
  const operation = resource?.operations.list;
  if (resource === undefined || operation === null || operation === undefined) return [];
  const trimmed = text.trim();
  const filterName = textFilterOf(resource, trimmed);
  const filter: Record<string, Value> = filterName !== null ? { [filterName]: trimmed } : {};
  const page = unwrapResult(
    await commands.listRecords(requestId, believedTenant(), operation as ListOperation, {
      path,
      query: {
        filter,
        perPage: REFERENCE_PAGE_SIZE,
        cursor: resource.pagination === "cursor" ? "" : null,
      },
    }),
  );
  const options: ReferenceOption[] = [];
  for (const record of page.records) {
    if (record === null || typeof record !== "object" || Array.isArray(record)) continue;
    const id = recordId(record);
    const label = referenceLabel(record, resource);
    if (id !== null && label !== null) options.push({ value: id, label });
  }
  // Without a server-side filter the first page is narrowed by what was typed.
  if (trimmed === "" || filterName !== null) return options;
  const lower = trimmed.toLowerCase();
  return options.filter((option) => option.label.toLowerCase().includes(lower));
}
