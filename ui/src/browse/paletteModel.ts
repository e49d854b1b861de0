// The command palette's targets: every resource in the navigation, and a record by id when
// the query reads like "charge point 12" or "sessions 4711".
import {
  ALL_RESOURCES,
  hasDetail,
  resourceLabel,
  singularLabel,
  type CatalogResource,
} from "../catalog/catalogIndex";

export interface RecordTarget {
  resource: CatalogResource;
  id: string;
}

/** Resources whose records can be opened from an id alone (no parent ids needed). */
function openableResources(showDeprecated: boolean): CatalogResource[] {
  return ALL_RESOURCES.filter(
    (resource) =>
      resource.parent === null && hasDetail(resource) && (showDeprecated || !resource.deprecated),
  );
}

/** "charge point 12" → the charge point with id 12; longest matching name wins. */
export function parseRecordQuery(query: string, showDeprecated = false): RecordTarget[] {
  const match = /^(.*?)[\s#:]+#?([\w-]+)$/.exec(query.trim());
  if (!match) return [];
  const name = (match[1] ?? "").trim().toLowerCase();
  const id = match[2] ?? "";
  // Ids have digits; "charge points" is a resource name, not "charge" with id "points".
  if (name.length < 2 || !/\d/.test(id)) return [];
  return openableResources(showDeprecated)
    .filter((resource) => {
      const singular = singularLabel(resource).toLowerCase();
      const plural = resourceLabel(resource).toLowerCase();
      return singular === name || plural === name || singular.startsWith(name);
    })
    .sort((a, b) => singularLabel(a).length - singularLabel(b).length)
    .slice(0, 5)
    .map((resource) => ({ resource, id }));
}
