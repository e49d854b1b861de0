// What the sidebar lists: each top-level resource with a listing (and each one-record
// resource such as settings) once, in its group, newest API version only unless asked.
import {
  OTHER_GROUP,
  RESOURCE_GROUPS,
  type NavGroupSlug,
  type NavSectionSlug,
} from "../overlay/groups";
import {
  findResource,
  listableTopLevel,
  resourceLabel,
  singleTopLevel,
  type CatalogResource,
} from "../catalog/catalogIndex";

export interface NavEntry {
  resource: CatalogResource;
  label: string;
  /** For deprecated versions: the label of the resource that replaces it, if any. */
  replacement: string | null;
  /** One-record resources open their detail screen, not a listing. */
  single: boolean;
}

export function navEntries(showDeprecated: boolean): NavEntry[] {
  const entries: NavEntry[] = [
    ...listableTopLevel(showDeprecated).map((resource) => ({ resource, single: false })),
    ...singleTopLevel().map((resource) => ({ resource, single: true })),
  ].map(({ resource, single }) => {
    const replacedBy = resource.replacedBy ? findResource(resource.replacedBy) : undefined;
    return {
      resource,
      label: resourceLabel(resource),
      replacement: replacedBy ? resourceLabel(replacedBy) : null,
      single,
    };
  });
  return entries.sort((a, b) => a.label.localeCompare(b.label));
}

/** Groups by any key: a nested or older resource's key finds none and falls back. */
const GROUPS_BY_KEY: Readonly<Partial<Record<string, NavGroupSlug>>> = RESOURCE_GROUPS;

export function groupOf(resource: CatalogResource): NavSectionSlug {
  // An older API version sits in its current version's group (charge points v1.0 in Network).
  return GROUPS_BY_KEY[resource.currentKey] ?? OTHER_GROUP;
}

/** The "Daily" group's entries, in the operator's order; unknown or hidden keys drop out. */
export function dailyEntries(entries: readonly NavEntry[], keys: readonly string[]): NavEntry[] {
  return keys
    .map((key) => entries.find((entry) => entry.resource.key === key))
    .filter((entry): entry is NavEntry => entry !== undefined);
}
