// Export of a whole listing. The Rust side walks every page and writes the file into the
// Downloads folder as pages arrive, so the webview never holds the records and memory stays
// flat for any length; this module only starts it, relays progress and cancels it.
import { Channel } from "@tauri-apps/api/core";
import {
  commands,
  type ExportFormat,
  type ExportProgress as RustExportProgress,
  type ExportResult,
  type ListOperation,
  type NameColumn,
  type QueryInput_Deserialize,
  type Value,
} from "../bindings";
import { unwrapResult } from "../api/bridge";
import { believedTenant } from "../api/tenantGeneration";

export type { ExportFormat, ExportResult };

export interface ExportProgress {
  written: number;
  /** The listing's total when the API reports one. */
  total: number | null;
}

export const EXPORT_PAGE_SIZE = 100;

export interface ExportOptions {
  operation: ListOperation;
  path: Record<string, Value>;
  /** The listing's query; the export starts at the first page with the same filters. */
  query: QueryInput_Deserialize;
  format: ExportFormat;
  /** Names the file, e.g. the resource key. */
  name: string;
  /** Reference fields to add a column of names beside; empty for the records as they are. */
  nameColumns?: NameColumn[];
  /** Cancel with `commands.cancelRequest(requestId)`. */
  requestId: string;
  onProgress?: (progress: ExportProgress) => void;
}

export async function exportListing(options: ExportOptions): Promise<ExportResult> {
  const { operation, path, query, format, name, requestId, onProgress } = options;
  const nameColumns = options.nameColumns ?? [];
  const progress = new Channel<RustExportProgress>();
  progress.onmessage = (step) => onProgress?.({ written: step.records, total: step.total ?? null });
  const firstPage: QueryInput_Deserialize = {
    ...query,
    cursor: undefined,
    page: undefined,
    perPage: query.perPage === undefined ? undefined : EXPORT_PAGE_SIZE,
  };
  const result = await commands.exportListing(
    requestId,
    believedTenant(),
    operation,
    { path, query: firstPage },
    { format, name: name.replace(/\./g, "-"), nameColumns },
    progress,
  );
  return unwrapResult(result);
}
