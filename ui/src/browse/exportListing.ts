// Export of a whole listing: every page, with the listing's filters, written as CSV or JSON
// Lines into a Blob that grows page by page (each page's text is handed to the Blob and
// dropped, so the webview holds no growing array of records).
import Papa from "papaparse";
import type { Value } from "../bindings";
import type { ListQuery, Page } from "./api";

export type ExportFormat = "csv" | "jsonl";

export interface ExportProgress {
  written: number;
  /** The listing's total when the API reports one. */
  total: number | null;
}

export interface ExportResult {
  blob: Blob;
  written: number;
}

export interface ExportOptions {
  format: ExportFormat;
  /** The first page's query; pagination fields are replaced while walking. */
  firstQuery: ListQuery;
  fetchPage: (query: ListQuery, signal: AbortSignal) => Promise<Page>;
  onProgress?: (progress: ExportProgress) => void;
  signal: AbortSignal;
  /** Preferred column order for CSV; fields found in the records are added after these. */
  columns?: readonly string[];
}

export const EXPORT_PAGE_SIZE = 100;

export class ExportCancelled extends Error {
  constructor() {
    super("Export cancelled");
    this.name = "ExportCancelled";
  }
}

const MIME: Record<ExportFormat, string> = {
  csv: "text/csv;charset=utf-8",
  jsonl: "application/x-ndjson",
};

/** A cell of CSV: nested values as compact JSON, empty for null. */
function csvCell(value: Value | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

export async function exportListing(options: ExportOptions): Promise<ExportResult> {
  const { format, firstQuery, fetchPage, onProgress, signal } = options;
  let blob = new Blob([], { type: MIME[format] });
  let written = 0;
  let header: string[] | null = null;
  let query: ListQuery = {
    ...firstQuery,
    perPage: firstQuery.perPage === undefined ? undefined : EXPORT_PAGE_SIZE,
  };

  for (;;) {
    if (signal.aborted) throw new ExportCancelled();
    const page = await fetchPage(query, signal);
    if (signal.aborted) throw new ExportCancelled();
    const records = page.records;
    let chunk: string;
    if (format === "jsonl") {
      chunk = records.map((record) => `${JSON.stringify(record)}\n`).join("");
    } else {
      if (header === null) {
        const names = new Set(options.columns ?? []);
        for (const record of records) {
          if (record !== null && typeof record === "object" && !Array.isArray(record)) {
            Object.keys(record).forEach((name) => names.add(name));
          }
        }
        header = [...names];
      }
      const columns = header;
      const rows = records.map((record) => {
        const fields =
          record !== null && typeof record === "object" && !Array.isArray(record)
            ? record
            : { value: record };
        return columns.map((name) => csvCell(fields[name]));
      });
      chunk = Papa.unparse(
        { fields: columns, data: rows },
        { header: written === 0, newline: "\n" },
      );
      chunk = chunk === "" ? "" : `${chunk}\n`;
    }
    blob = new Blob([blob, chunk], { type: MIME[format] });
    written += records.length;
    onProgress?.({ written, total: page.total ?? null });

    const next = page.next;
    if (!next || records.length === 0) break;
    query =
      "cursor" in next && next.cursor !== undefined
        ? { ...query, cursor: next.cursor }
        : { ...query, page: next.page };
  }
  return { blob, written };
}

/** Offers the file to the operator through the webview's download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = "none";
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportFileName(
  resourceKey: string,
  format: ExportFormat,
  now = new Date(),
): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return `${resourceKey.replace(/\./g, "-")}-${stamp}.${format === "csv" ? "csv" : "jsonl"}`;
}
