// Where Previous and Next lead, as URL searches. Next goes past the last loaded page: the
// cursors of the loaded pages join the trail, so Previous steps back through them one page
// at a time. Page-numbered listings just count.
import type { PageRequest } from "../bindings";
import type { CatalogResource } from "../catalog/catalogIndex";
import type { ListSearch } from "./listSearch";

/** The page the screen starts from: one past the cursors walked, or the page number. */
export function pageNumberOf(resource: CatalogResource, search: ListSearch): number {
  return resource.pagination === "cursor" ? (search.cursors ?? []).length + 1 : (search.page ?? 1);
}

/**
 * The search of the page after the loaded ones. `loaded` holds the requests of the pages
 * loaded after the first ("Load more"), `next` the last page's way on.
 */
export function nextPageSearch(
  search: ListSearch,
  next: PageRequest | null | undefined,
  loaded: readonly (PageRequest | null)[],
): ListSearch | null {
  if (!next) return null;
  if ("cursor" in next && next.cursor !== undefined) {
    const loadedCursors = loaded.flatMap((param) =>
      param !== null && "cursor" in param && param.cursor !== undefined ? [param.cursor] : [],
    );
    return { ...search, cursors: [...(search.cursors ?? []), ...loadedCursors, next.cursor] };
  }
  if ("page" in next && next.page !== undefined) return { ...search, page: next.page };
  return null;
}

/** The search of the page before the one the screen starts from. */
export function previousPageSearch(resource: CatalogResource, search: ListSearch): ListSearch {
  if (resource.pagination === "cursor")
    return { ...search, cursors: (search.cursors ?? []).slice(0, -1) };
  const page = pageNumberOf(resource, search) - 1;
  return { ...search, page: page > 1 ? page : undefined };
}
