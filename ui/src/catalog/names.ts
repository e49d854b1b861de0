// Whether a resource's records can be named, and by which fields: the overlay's rule where it
// has one, else the generator's. Only top-level records with a read by id are looked up; a
// nested record needs its parents' ids as well, and keeps showing its own id.
import type { NameColumn, NameLookup, Value } from "../bindings";
import { NAME_RULES } from "../overlay/names";
import {
  findResource,
  hasDetail,
  listOperationOf,
  parentParams,
  readOperationOf,
  type CatalogResource,
} from "./catalogIndex";

/** The fields naming `resource`'s records, as alternatives tried in order. */
export function nameRuleOf(resource: CatalogResource): string[][] {
  return NAME_RULES[resource.key] ?? resource.nameRule;
}

/**
 * The lookup for names of `ids` of `resource`, or null where its records are not named: no
 * naming fields, no read by id, no detail screen, or parents needed to address one.
 */
export function nameLookup(resource: CatalogResource, ids: string[]): NameLookup | null {
  const rule = nameRuleOf(resource);
  const read = readOperationOf(resource);
  if (rule.length === 0 || read === null || !hasDetail(resource)) return null;
  if (parentParams(resource).length > 0 || resource.singleRecord) return null;
  const list = listOperationOf(resource);
  return {
    read,
    list,
    idFilter: list === null ? null : resource.idFilter,
    rule,
    ids,
  };
}

/** Whether references to `resource` show names. */
export function isNamed(resource: CatalogResource): boolean {
  return nameLookup(resource, []) !== null;
}

/** "Munich Central · #12": a named reference, its id kept beside the name. */
export function namedReferenceText(name: string, id: string): string {
  return `${name} · #${id}`;
}

function textOf(value: Value | undefined): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item);
      if (text !== null) return text;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    // A translated name: `{locale, translation}`.
    return textOf(value.translation ?? value.name ?? value.value);
  }
  return null;
}

/**
 * The name a record already in the window has by `resource`'s rule (the same rule Rust applies
 * to the records it looks up): the first alternative whose fields hold text, joined by spaces.
 */
export function nameOf(record: Record<string, Value>, resource: CatalogResource): string | null {
  for (const fields of nameRuleOf(resource)) {
    const texts = fields.map((field) => textOf(record[field])).filter((t) => t !== null);
    if (texts.length > 0) return texts.join(" ");
  }
  return null;
}

/** The reference fields of `resource`'s records whose targets have names, for "with names". */
export function nameColumnsOf(resource: CatalogResource): NameColumn[] {
  const columns: NameColumn[] = [];
  for (const reference of resource.references) {
    if (reference.many || Object.keys(reference.path).length > 0) continue;
    const target = findResource(reference.resource);
    const lookup = target === undefined ? null : nameLookup(target, []);
    if (lookup !== null) columns.push({ field: reference.field, lookup });
  }
  return columns;
}
