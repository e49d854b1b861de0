// For nested listings: the way back to the parent record ("Charge point 12 › EVSEs").
import { Breadcrumbs, Text } from "@mantine/core";
import {
  findResource,
  hasDetail,
  parentParams,
  recordIdParam,
  resourceLabel,
  singularLabel,
  type CatalogResource,
} from "../catalog/catalogIndex";
import { RouterAnchor } from "../components/RouterAnchor";
import type { ListSearch } from "./listSearch";

export function ParentTrail({
  resource,
  search,
}: {
  resource: CatalogResource;
  search: ListSearch;
}) {
  const parent = resource.parent ? findResource(resource.parent.key) : undefined;
  if (!parent || !resource.parent) return null;
  const parentId = search.path?.[resource.parent.pathParam];
  if (parentId === undefined) return null;
  const outer = parentParams(parent);
  const parentPath = Object.fromEntries(
    Object.entries(search.path ?? {}).filter(([name]) => outer.includes(name)),
  );
  const own = recordIdParam(parent) === resource.parent.pathParam && hasDetail(parent);
  const name = `${singularLabel(parent).replace(/^./, (c) => c.toUpperCase())} ${parentId}`;
  return (
    <Breadcrumbs data-testid="parent-trail">
      {own ? (
        <RouterAnchor
          to="/r/$resource/$id"
          params={{ resource: parent.key, id: parentId }}
          search={{ path: Object.keys(parentPath).length > 0 ? parentPath : undefined }}
          size="sm"
          data-testid="parent-link"
        >
          {name}
        </RouterAnchor>
      ) : (
        <Text size="sm">{name}</Text>
      )}
      <Text size="sm">{resourceLabel(resource)}</Text>
    </Breadcrumbs>
  );
}
