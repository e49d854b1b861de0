import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchPage, fetchRecord, type ListQuery, type PathValues } from "./api";
import type { CatalogResource } from "./catalogIndex";
import { rateLimitDelay, retryRateLimited } from "./retry";

export function listQueryOptions(resource: CatalogResource, path: PathValues, query: ListQuery) {
  return queryOptions({
    queryKey: ["browse", "list", resource.key, path, query],
    queryFn: ({ signal }) => fetchPage(resource, path, query, signal),
    // The previous page stays on screen while the next one loads: no flash of skeletons.
    placeholderData: keepPreviousData,
    retry: retryRateLimited,
    retryDelay: rateLimitDelay,
  });
}

export function recordQueryOptions(resource: CatalogResource, path: PathValues) {
  return queryOptions({
    queryKey: ["browse", "record", resource.key, path],
    queryFn: ({ signal }) => fetchRecord(resource, path, signal),
    retry: retryRateLimited,
    retryDelay: rateLimitDelay,
  });
}
