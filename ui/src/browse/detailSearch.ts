import { validateListSearch } from "./listSearch";

export interface DetailSearch {
  /** Parent record ids of a nested record, by path parameter. */
  path?: Record<string, string>;
}

export function validateDetailSearch(raw: Record<string, unknown>): DetailSearch {
  const { path } = validateListSearch({ path: raw.path });
  return path ? { path } : {};
}
