// Listing and reading records through the typed commands, with one request id per call so a
// query TanStack Query abandons (navigated away, superseded) is cancelled on the Rust side too.
import {
  commands,
  type Page_Serialize,
  type QueryInput_Deserialize,
  type Value,
} from "../bindings";
import { unwrapResult } from "../api/bridge";
import { isAppError } from "../api/errors";
import { believedTenant } from "../api/tenantGeneration";
import type { CatalogResource } from "./catalogIndex";
import { listOperationOf, readOperationOf } from "./catalogIndex";

export type Page = Page_Serialize;
export type ListQuery = QueryInput_Deserialize;
export type PathValues = Record<string, string | number>;
export type ApiRecord = Record<string, Value>;

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

export function unwrapData(body: Value): Value {
  if (body !== null && typeof body === "object" && !Array.isArray(body) && "data" in body) {
    return body.data ?? null;
  }
  return body;
}

export function isRecord(value: Value | undefined): value is ApiRecord {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The "not connected yet" answer of every call before a tenant is connected. */
export function isNotConnected(error: unknown): boolean {
  const appError =
    error !== null && typeof error === "object" && "appError" in error
      ? (error as { appError: unknown }).appError
      : error;
  return (
    isAppError(appError) &&
    appError.kind === "invalidRequest" &&
    /not connected/i.test(appError.message)
  );
}
