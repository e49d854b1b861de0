// Which columns a listing shows: the operator's saved choice, else the overlay's defaults,
// else a pick by heuristics (identifier, name, status, references, key numbers, last updated).
import type { Value } from "../bindings";
import type { CatalogColumn, CatalogResource } from "../generated/catalog";
import { DEFAULT_COLUMN_COUNT, DEFAULT_COLUMNS, NAME_FIELDS } from "../overlay/columns";
import { isStatusField } from "../overlay/statusColors";
import { isDateTimeField, unitOf } from "../format/format";
import { enumLabel } from "../format/labels";

export type ColumnInfo = Pick<CatalogColumn, "name" | "type" | "format" | "enumValues">;

/** Catalog columns, then fields seen in the records that the catalog does not know. */
export function availableColumns(
  resource: CatalogResource,
  records: readonly Value[],
): ColumnInfo[] {
  const columns: ColumnInfo[] = [...resource.columns];
  const known = new Set(columns.map((column) => column.name));
  for (const record of records.slice(0, 50)) {
    if (record === null || typeof record !== "object" || Array.isArray(record)) continue;
    for (const name of Object.keys(record)) {
      if (!known.has(name)) {
        known.add(name);
        columns.push({ name, type: "unknown", format: null, enumValues: [] });
      }
    }
  }
  return columns;
}

export function defaultColumns(
  resource: CatalogResource,
  available: readonly ColumnInfo[],
): string[] {
  const names = new Set(available.map((column) => column.name));
  const overlay = DEFAULT_COLUMNS[resource.key]?.filter((name) => names.has(name));
  if (overlay !== undefined && overlay.length > 0) return overlay;

  const picked: string[] = [];
  const add = (name: string | undefined) => {
    if (name !== undefined && names.has(name) && !picked.includes(name)) picked.push(name);
  };
  add("id");
  add(NAME_FIELDS.find((name) => names.has(name)));
  available
    .filter((column) => isStatusField(column.name))
    .slice(0, 2)
    .forEach((c) => add(c.name));
  resource.references
    .filter((reference) => !reference.many)
    .slice(0, 2)
    .forEach((reference) => add(reference.field));
  available
    .filter((column) => ["integer", "number"].includes(column.type) && unitOf(column.name) !== null)
    .slice(0, 2)
    .forEach((column) => add(column.name));
  available
    .filter((column) => column.enumValues.length > 0)
    .slice(0, 1)
    .forEach((column) => add(column.name));
  add(["lastUpdatedAt", "updatedAt", "createdAt"].find((name) => names.has(name)));
  for (const column of available) {
    if (picked.length >= Math.min(DEFAULT_COLUMN_COUNT, 4)) break;
    if (column.type !== "object" && column.type !== "array") add(column.name);
  }
  return picked.slice(0, DEFAULT_COLUMN_COUNT);
}

const STORAGE_PREFIX = "plugdesk.columns.";

export function columnStorageKey(resourceKey: string): string {
  return `${STORAGE_PREFIX}${resourceKey}`;
}

/** Where the widths the operator dragged are kept, per resource. */
export function columnWidthsStorageKey(resourceKey: string): string {
  return `plugdesk.columnWidths.${resourceKey}`;
}

/** Pixels per character of a bold 14 px header, generous so labels are not cut (measured: "Redeemed by user ID" needs about 9 per character). */
const HEADER_CHAR_WIDTH = 9;
/** Cell padding on both sides, the sort icon and the gap before it. */
const HEADER_EXTRAS = 16 + 14 + 4 + 6;
const WIDEST_START = 280;

/**
 * How wide a column starts, before the operator resizes it: wide enough for its whole label
 * and for a typical value of its kind (a date and time in the locale's format reads as
 * "May 15, 2026, 11:24 AM"), never wider than `WIDEST_START`.
 */
export function startingWidth(column: ColumnInfo, label: string): number {
  const forLabel = label.length * HEADER_CHAR_WIDTH + HEADER_EXTRAS;
  return Math.min(WIDEST_START, Math.max(forLabel, valueWidth(column)));
}

/** Pixels per character of a badge's label (12 px bold), and the badge's own padding. */
const BADGE_CHAR_WIDTH = 7.5;
const BADGE_EXTRAS = 16 + 24;

function valueWidth(column: ColumnInfo): number {
  if (column.name === "id") return 90;
  if (column.type === "boolean") return 100;
  if (isDateTimeField(column)) return 185;
  if (column.enumValues.length > 0) {
    // A status reads whole: "Temporarily unavailable", not "Temporarily unava…".
    const longest = Math.max(...column.enumValues.map((value) => enumLabel(value).length));
    return Math.min(WIDEST_START, longest * BADGE_CHAR_WIDTH + BADGE_EXTRAS);
  }
  if ((column.type === "number" || column.type === "integer") && !/Id$/.test(column.name)) {
    return 110;
  }
  if (column.format === "date") return 130;
  // Names and e-mail addresses are what an operator reads a row by: room for most of them.
  if (NAME_FIELDS.includes(column.name) || /email$/i.test(column.name)) return 240;
  return 170;
}
