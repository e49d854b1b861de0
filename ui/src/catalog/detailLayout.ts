// How a detail screen orders a record's fields: the hand design of overlay/detailLayouts.ts for
// the core resources, else a default computed from the catalog (name and status first, then the
// record's own facts and references, ids and timestamps last). Pure, so the rules are tested
// without a window.
import type { Value } from "../bindings";
import {
  DETAIL_DESIGNS,
  type DetailDesign,
  type DetailGroup,
  type KeyFact,
  type RelatedLink,
} from "../overlay/detailLayouts";
import { isStatusField } from "../overlay/statusColors";
import { NAME_FIELDS } from "../overlay/columns";
import { childrenOf, findResource, type CatalogResource } from "./catalogIndex";
import { nameRuleOf } from "./names";

export type { DetailGroup, KeyFact, RelatedLink };

/** Group titles in the operator's words. */
export const GROUP_TITLES: Readonly<Record<DetailGroup, string>> = {
  identity: "Identity",
  status: "Status",
  place: "Location and hardware",
  billing: "Billing",
  timestamps: "Dates",
  technical: "Technical",
};

/** The groups shown open, in order; "technical" and unplaced fields go under "More details". */
const SHOWN_GROUPS: readonly DetailGroup[] = [
  "identity",
  "status",
  "place",
  "billing",
  "timestamps",
];

export interface FieldGroup {
  group: DetailGroup;
  title: string;
  fields: string[];
}

export interface DetailLayout {
  /** The groups shown open, each with the record's fields in order; empty groups left out. */
  groups: FieldGroup[];
  /** Rarely needed fields, under a collapsed "More details". */
  more: string[];
}

/** The hand design of `resource`, or null where it follows the default. */
export function designOf(resource: CatalogResource): DetailDesign | null {
  return DETAIL_DESIGNS[resource.key] ?? null;
}

/** Lays out `fields` (the record's own, in its order) by the design, else by the default. */
export function detailLayout(resource: CatalogResource, fields: readonly string[]): DetailLayout {
  const design = designOf(resource);
  const groups = design?.groups ?? defaultGroups(resource, fields);
  const present = new Set(fields);
  const placed = new Set<string>();
  const shown: FieldGroup[] = [];
  for (const group of SHOWN_GROUPS) {
    const names = (groups[group] ?? []).filter((name) => present.has(name) && !placed.has(name));
    names.forEach((name) => placed.add(name));
    if (names.length > 0) shown.push({ group, title: GROUP_TITLES[group], fields: names });
  }
  const technical = (groups.technical ?? []).filter((name) => present.has(name));
  const rest = fields.filter((name) => !placed.has(name) && !technical.includes(name));
  const more = [...technical.filter((name) => !placed.has(name)), ...rest];
  return { groups: shown, more };
}

/** `…At`, dates and periods: the record's history, shown last. */
function isTimestamp(resource: CatalogResource, name: string): boolean {
  const column = resource.columns.find((candidate) => candidate.name === name);
  return (
    /At$/.test(name) ||
    column?.format === "date-time" ||
    column?.format === "date" ||
    /^(date|startDate|endDate|periodFrom|periodTo|validFrom|validTo)$/.test(name)
  );
}

/** Ids of this and other systems that name no record the operator can open. */
function isTechnicalId(resource: CatalogResource, name: string): boolean {
  if (name === "id") return false;
  if (resource.references.some((reference) => reference.field === name)) return false;
  return /(Id|Ids|Uuid|Key)$/.test(name) || resource.plainIds.includes(name);
}

/**
 * The default for resources without a design: the naming fields, then statuses, then every
 * other field in the record's order, then the ids of other systems, then the timestamps. Nothing
 * goes under "More details": without a design there is no telling what is rarely needed.
 */
export function defaultGroups(
  resource: CatalogResource,
  fields: readonly string[],
): Partial<Record<DetailGroup, string[]>> {
  const naming = new Set([...nameRuleOf(resource).flat(), ...NAME_FIELDS.slice(0, 5)]);
  const identity = [
    ...fields.filter((name) => naming.has(name)),
    ...fields.filter((name) => name === "id"),
  ];
  const status = fields.filter((name) => isStatusField(name) && !identity.includes(name));
  const timestamps = fields.filter(
    (name) => !identity.includes(name) && !status.includes(name) && isTimestamp(resource, name),
  );
  const ids = fields.filter(
    (name) =>
      !identity.includes(name) && !timestamps.includes(name) && isTechnicalId(resource, name),
  );
  const taken = new Set([...identity, ...status, ...timestamps, ...ids]);
  const place = fields.filter((name) => !taken.has(name));
  // Ids go last but stay in view: "timestamps" is the last open group, so they join it first.
  return { identity, status, place, timestamps: [...ids, ...timestamps] };
}

/** The status fields of the summary header: the design's, else the record's status-like ones. */
export function badgeFieldsOf(resource: CatalogResource, fields: readonly string[]): string[] {
  const design = designOf(resource);
  const wanted = design?.badges ?? fields.filter((name) => isStatusField(name)).slice(0, 3);
  return wanted.filter((name) => fields.includes(name));
}

/** The header's key facts that the record holds. */
export function keyFactsOf(resource: CatalogResource, fields: readonly string[]): KeyFact[] {
  const design = designOf(resource);
  if (design === null) return [];
  return design.facts.filter((fact) =>
    typeof fact === "string" ? fields.includes(fact) : fields.includes(fact.duration[0]),
  );
}

/** Seconds between two timestamps of a record; to "now" while the second is still empty. */
export function durationSeconds(
  record: Record<string, Value>,
  from: string,
  to: string,
  now: number,
): number | null {
  const start = typeof record[from] === "string" ? Date.parse(record[from]) : NaN;
  if (Number.isNaN(start)) return null;
  const endValue = record[to];
  const end = typeof endValue === "string" && endValue !== "" ? Date.parse(endValue) : now;
  return Number.isNaN(end) ? null : Math.max(0, Math.round((end - start) / 1000));
}

/** A related listing resolved against the catalog. */
export interface ResolvedRelated {
  key: string;
  resource: CatalogResource;
  label: string;
  /** For a listing filtered by this record: the filter and its value's source ("id"). */
  filter: string | null;
}

/**
 * The related listings of a record: the design's first (those whose targets and filters exist),
 * then the record's other children for the "More" menu. Without a design every child is primary.
 */
export function relatedOf(resource: CatalogResource): {
  primary: ResolvedRelated[];
  more: ResolvedRelated[];
} {
  const children = childrenOf(resource.key);
  const design = designOf(resource);
  const toChild = (child: CatalogResource, label?: string): ResolvedRelated => ({
    key: child.key,
    resource: child,
    label: label ?? child.label,
    filter: null,
  });
  if (design?.related === undefined) {
    return { primary: children.map((child) => toChild(child)), more: [] };
  }
  const primary: ResolvedRelated[] = [];
  for (const link of design.related) {
    if ("child" in link) {
      const child = children.find((candidate) => candidate.key === link.child);
      if (child !== undefined) primary.push(toChild(child));
    } else {
      const target = findResource(link.resource);
      if (target?.filters.some((filter) => filter.name === link.filter)) {
        primary.push({
          key: `${target.key}?${link.filter}`,
          resource: target,
          label: link.label,
          filter: link.filter,
        });
      }
    }
  }
  const more = children
    .filter((child) => !primary.some((link) => link.filter === null && link.key === child.key))
    .map((child) => toChild(child));
  return { primary, more };
}

/** "first_name" and "firstName" alike: how a body field and a record field are matched. */
function fieldKey(name: string): string {
  return name.replace(/_/g, "").toLowerCase();
}

/** A titled run of a form's fields. */
export interface FormSection {
  title: string;
  fields: string[];
}

/** Title of the form fields the design does not place. */
export const OTHER_FIELDS_TITLE = "Other details";

/**
 * A form's fields for `resource` in sections, like its detail screen: the design's groups in
 * order (identity, status, place, billing, dates, technical), then the fields the design does
 * not place, in the schema's order. Empty sections are left out. Null where the resource has no
 * design: the schema's order stands, without sections.
 */
export function formSections(
  resource: CatalogResource,
  names: readonly string[],
): FormSection[] | null {
  const design = designOf(resource);
  if (design === null) return null;
  const byKey = new Map(names.map((name) => [fieldKey(name), name]));
  const placed = new Set<string>();
  const sections: FormSection[] = [];
  for (const group of [...SHOWN_GROUPS, "technical" as const]) {
    const fields = (design.groups[group] ?? []).flatMap((designed) => {
      const name = byKey.get(fieldKey(designed));
      if (name === undefined || placed.has(name)) return [];
      placed.add(name);
      return [name];
    });
    if (fields.length > 0) sections.push({ title: GROUP_TITLES[group], fields });
  }
  const rest = names.filter((name) => !placed.has(name));
  if (rest.length > 0) sections.push({ title: OTHER_FIELDS_TITLE, fields: rest });
  return sections;
}

/** The order of a form's fields for `resource`: its sections' fields, one after another. */
export function formFieldOrder(
  resource: CatalogResource,
  names: readonly string[],
): string[] | null {
  return formSections(resource, names)?.flatMap((section) => section.fields) ?? null;
}
