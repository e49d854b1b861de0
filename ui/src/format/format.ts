// Turns API values into text for people: dates in the operator's locale and time zone, money
// with its currency, energy in kWh, durations, yes/no, readable enum labels, and summaries of
// nested objects and arrays. Every function accepts any value: unknown shapes are shown as
// text, never thrown at.
import type { Value } from "../bindings";
import { FIELD_UNITS, type FieldUnit } from "../overlay/units";
import { baseCurrency } from "./baseCurrency";
import { isStatusField, statusColor, type StatusColor } from "../overlay/statusColors";
import { NAME_FIELDS } from "../overlay/columns";
import { ACRONYMS } from "../overlay/labels";
import { enumLabel } from "./labels";
import { holdsSecret, isSecretField, SECRET_MASK } from "./secrets";

/** What a cell shows: plain text, a coloured badge, or a dimmed placeholder. */
export type Formatted =
  | { kind: "text"; text: string }
  | { kind: "badge"; text: string; color: StatusColor }
  | { kind: "empty"; text: string };

/** What a formatter needs to know about a column; catalog columns and unknown fields fit. */
export interface FieldShape {
  name: string;
  type?: string;
  format?: string | null;
  enumValues?: readonly string[];
}

export type ValueFormatter = (
  value: Value | undefined,
  record?: Record<string, Value>,
) => Formatted;

const EMPTY: Formatted = { kind: "empty", text: "—" };

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 });
const kwhFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 });
const currencyFormats = new Map<string, Intl.NumberFormat>();
const regionNames = displayNames("region");
const languageNames = displayNames("language");

function displayNames(type: "region" | "language"): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(undefined, { type, fallback: "none" });
  } catch {
    return null;
  }
}

/** "AT" → "Austria"; a code the runtime cannot name stays a code. */
export function countryName(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "de" → "German", "en_GB" → "British English"; anything else stays as it is. */
export function languageName(code: string): string {
  if (!/^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,4})?$/.test(code)) return code;
  try {
    return languageNames?.of(code.replace("_", "-")) ?? code;
  } catch {
    return code;
  }
}

/** Fields holding a country code, and fields holding a language or locale code. */
const COUNTRY_FIELD = /(^country$|Country$|^countryCode$|CountryCode$)/;
const LANGUAGE_FIELD = /(^locale$|Locale$|^language$|Language$|^languageCode$)/;

function currencyFormat(code: string): Intl.NumberFormat | null {
  const upper = code.toUpperCase();
  const cached = currencyFormats.get(upper);
  if (cached !== undefined) return cached;
  try {
    const format = new Intl.NumberFormat(undefined, { style: "currency", currency: upper });
    currencyFormats.set(upper, format);
    return format;
  } catch {
    return null;
  }
}

function text(value: string): Formatted {
  return { kind: "text", text: value };
}

function toNumber(value: Value | undefined): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

/** Counts and plain numbers, one way on every screen: "12,005". */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export function formatDate(value: string): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

export function formatMoney(amount: number, currency: string | null): string {
  const format = currency !== null ? currencyFormat(currency) : null;
  return format !== null ? format.format(amount) : numberFormat.format(amount);
}

export function formatKwh(kwh: number): string {
  return `${kwhFormat.format(kwh)} kWh`;
}

/** "1 h 5 min", "45 s", "2 d 3 h". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.round(Math.abs(totalSeconds));
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0 && days === 0) parts.push(`${minutes} min`);
  if (rest > 0 && days === 0 && hours === 0) parts.push(`${rest} s`);
  return `${totalSeconds < 0 ? "−" : ""}${parts.length > 0 ? parts.join(" ") : "0 s"}`;
}

/** The unit of a numeric field, from the overlay or the field's name. */
export function unitOf(name: string): FieldUnit | null {
  const known = FIELD_UNITS[name];
  if (known !== undefined) return known;
  if (/Kwh$/i.test(name)) return "kwh";
  if (/Wh$/.test(name)) return "wh";
  if (/Kw$/i.test(name)) return "kw";
  if (/Percent(age)?$/.test(name)) return "percent";
  if (/(Minutes|InMinutes)$/.test(name)) return "minutes";
  if (/(Seconds|InSeconds)$/.test(name)) return "seconds";
  if (/(Amount|Price|Balance|Fee)$/.test(name)) return "money";
  return null;
}

/** The fields the API names a record's currency in. */
export const CURRENCY_FIELDS = ["currency", "currencyCode"] as const;

/** The currency of a record, from the fields the API uses for it. */
export function currencyOf(record: Record<string, Value> | undefined): string | null {
  if (record === undefined) return null;
  for (const field of CURRENCY_FIELDS) {
    const value = record[field];
    if (typeof value === "string" && /^[A-Za-z]{3}$/.test(value)) return value;
  }
  return null;
}

/** "out_of_order", "ACCESS_CODE", "MUSEUM": values of a list the API defines, not free text. */
function looksLikeEnumValue(text: string): boolean {
  return /^[a-z0-9]+(_[a-z0-9]+)+$/.test(text) || /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(text);
}

/** "3 EVSEs", "1 connector", "No items". */
export function summariseArray(name: string, items: readonly Value[]): string {
  if (items.length === 0) return "None";
  if (items.every((item) => typeof item !== "object" || item === null) && items.length <= 3) {
    // Lists of enum values ("stop_transaction_on_ev_disconnect") read as labels.
    return items
      .map((item) =>
        typeof item === "string" && looksLikeEnumValue(item) ? enumLabel(item) : String(item),
      )
      .join(", ");
  }
  const noun = ACRONYMS[name.toLowerCase()] ?? enumLabel(name).toLowerCase();
  const singular = noun.endsWith("ies")
    ? `${noun.slice(0, -3)}y`
    : noun.endsWith("s")
      ? noun.slice(0, -1)
      : noun;
  return `${items.length} ${items.length === 1 ? singular : noun}`;
}

/** A name for a nested object: its name-like field, its id, or how many fields it has. */
export function summariseObject(object: Record<string, Value>): string {
  for (const field of NAME_FIELDS) {
    const value = object[field];
    if (typeof value === "string" && value !== "") return value;
  }
  if (typeof object.id === "string" || typeof object.id === "number") return `#${object.id}`;
  const count = Object.keys(object).length;
  return count === 0 ? "Empty" : `${count} ${count === 1 ? "field" : "fields"}`;
}

/** Fields holding a date and time: by format, or by the API's `…At` naming. */
export function isDateTimeField(field: Pick<FieldShape, "name" | "format">): boolean {
  return field.format === "date-time" || /At$/.test(field.name);
}

/** The formatter for one field, chosen once per column so rows only pay for formatting. */
export function formatterFor(field: FieldShape): ValueFormatter {
  const enumValues = field.enumValues ?? [];
  const status = isStatusField(field.name) || enumValues.length > 0;
  const unit = unitOf(field.name);
  const isDateTime = isDateTimeField(field);
  const isDate = field.format === "date";

  // A secret of another system (password, PIN, API key) is not read out on screen, in a list
  // or in a detail; the generator decided from the spec which fields hold one.
  const secret = isSecretField(field.name);

  return (value, record) => {
    if (value === null || value === undefined || value === "") return EMPTY;
    if (secret && holdsSecret(value)) return text(SECRET_MASK);
    if (typeof value === "boolean") return text(value ? "Yes" : "No");
    if (Array.isArray(value)) return text(summariseArray(field.name, value));
    if (typeof value === "object") return text(summariseObject(value));
    if (typeof value === "string") {
      if (COUNTRY_FIELD.test(field.name)) return text(countryName(value));
      if (LANGUAGE_FIELD.test(field.name)) return text(languageName(value));
      if (isDate) return text(formatDate(value));
      if (isDateTime && /^\d{4}-\d{2}-\d{2}/.test(value)) return text(formatDateTime(value));
      if (status && isStatusField(field.name)) {
        return { kind: "badge", text: enumLabel(value), color: statusColor(value) };
      }
      // "flat_rate" and "flat rate" alike read "Flat rate"; values the API spells with
      // capitals of its own ("Hubject OICP 2.2") are shown as they are.
      if (enumValues.length > 0 && (/^[a-z0-9_]+$/i.test(value) || /^[a-z0-9 +.-]+$/.test(value)))
        return text(enumLabel(value));
    }
    const number = toNumber(value);
    if (number !== null && unit !== null && field.type !== "string") {
      return text(formatNumberWithUnit(number, unit, record));
    }
    if (number !== null && (unit === "money" || unit === "baseMoney")) {
      return text(formatNumberWithUnit(number, unit, record));
    }
    if (typeof value === "number") return text(numberFormat.format(value));
    return text(String(value));
  };
}

function formatNumberWithUnit(
  number: number,
  unit: FieldUnit,
  record: Record<string, Value> | undefined,
): string {
  switch (unit) {
    case "wh":
      return formatKwh(number / 1000);
    case "kwh":
      return formatKwh(number);
    case "kw":
      return `${kwhFormat.format(number)} kW`;
    case "percent":
      return `${kwhFormat.format(number)} %`;
    case "minutes":
      return formatDuration(number * 60);
    case "seconds":
      return formatDuration(number);
    case "money":
      return formatMoney(number, currencyOf(record));
    case "baseMoney":
      return formatMoney(number, currencyOf(record) ?? baseCurrency());
  }
}

/** Plain text for any value, for sorting, CSV and search. */
export function plainText(formatted: Formatted): string {
  return formatted.kind === "empty" ? "" : formatted.text;
}
