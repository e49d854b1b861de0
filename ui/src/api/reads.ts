// Listing and reading records through the typed commands, with one request id per call so a
// query TanStack Query abandons (navigated away, superseded) is cancelled on the Rust side too.
import {
  commands,
  type Page_Serialize,
  type QueryInput_Deserialize,
  type Value,
} from "../bindings";
import { unwrapResult } from "./bridge";
import { believedTenant } from "./tenantGeneration";
import type { PathValues } from "../catalog/paths";
import { unwrapData } from "../catalog/records";
import { type CatalogResource, listOperationOf, readOperationOf } from "../catalog/catalogIndex";

export type Page = Page_Serialize;
export type ListQuery = QueryInput_Deserialize;

/** Runs `call` under a fresh request id and cancels it when `signal` aborts. */
async function withCancellation<T>(
  signal: AbortSignal | undefined,
  call: (requestId: string) => Promise<T>,
): Promise<T> {
  const requestId = crypto.randomUUID();
  const onAbort = () => {
    void commands.cancelRequest(requestId).catch(() => undefined);
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    return await call(requestId);
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

export async function fetchPage(
  resource: CatalogResource,
  path: PathValues,
  query: ListQuery,
  signal?: AbortSignal,
): Promise<Page> {
  const operation = listOperationOf(resource);
  if (operation === null) {
    throw new Error(`${resource.label} has no listing`);
  }
  const result = await withCancellation(signal, (requestId) =>
    commands.listRecords(requestId, believedTenant(), operation, { path, query }),
  );
  const page = unwrapResult(result);
  return {
    records: page.records,
    next: page.next ?? null,
    total: page.total ?? null,
    meta: page.meta ?? null,
  };
}

/** The record itself: the API wraps single records in `{data: …}`. */
export async function fetchRecord(
  resource: CatalogResource,
  path: PathValues,
  signal?: AbortSignal,
): Promise<Value> {
  const operation = readOperationOf(resource);
  if (operation === null) {
    throw new Error(`${resource.label} cannot be read one by one`);
  }
  const result = await withCancellation(signal, (requestId) =>
    commands.readRecord(requestId, believedTenant(), operation, { path }),
  );
  const response = unwrapResult(result);
  return unwrapData(response.body ?? null);
}
