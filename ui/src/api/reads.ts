// Listing and reading records through the typed commands, with one request id per call so a
// query TanStack Query abandons (navigated away, superseded) is cancelled on the Rust side too.
import { Channel } from "@tauri-apps/api/core";
import {
  commands,
  type KeptBatch_Deserialize,
  type LoadAllEnd,
  type PageRequest,
  type Page_Deserialize,
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
export async function withCancellation<T>(
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
  return pageOf(unwrapResult(result));
}

/** A page as the window keeps it: every field present, absent ones null. */
function pageOf(page: Page_Deserialize): Page {
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

/** How far a Load all has come: the records kept so far and where the next page starts. */
export interface KeptProgress {
  kept: number;
  /** Pages this batch added. */
  pages: number;
  next: PageRequest | null;
}

export interface LoadAllOptions {
  /** The listing's own query (filters, page size); the walk starts at `start`. */
  query: ListQuery;
  /** The page after those already loaded. */
  start: PageRequest;
  /** Stop once this many more records came, if more pages are left. */
  maxRecords: number;
  /** Where the records are kept on the Rust side, after any kept there before (keptRows.ts). */
  key: string;
  /** Aborting stops the walk; the records kept before it ends stay kept. */
  signal: AbortSignal;
  /** Called as batches of pages are kept, in the listing's order. */
  onProgress: (progress: KeptProgress) => void;
}

/**
 * "Load all": the Rust side walks the listing at the tenant's pace and keeps the records, so
 * the window never waits for one page before asking for the next, nor holds them all.
 */
export async function loadAllPages(
  resource: CatalogResource,
  path: PathValues,
  options: LoadAllOptions,
): Promise<LoadAllEnd> {
  const operation = listOperationOf(resource);
  if (operation === null) {
    throw new Error(`${resource.label} has no listing`);
  }
  const batches = new Channel<KeptBatch_Deserialize>();
  // Progress that comes after a stop still counts: the pages in flight were kept all the same.
  batches.onmessage = (batch) =>
    options.onProgress({ kept: batch.kept, pages: batch.pages, next: batch.next ?? null });
  const result = await withCancellation(options.signal, (requestId) =>
    commands.loadAllPages(
      requestId,
      believedTenant(),
      operation,
      { path, query: options.query },
      options.start,
      options.maxRecords,
      options.key,
      batches,
    ),
  );
  return unwrapResult(result);
}
