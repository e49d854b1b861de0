// Field and enum-value names in the operator's words: "chargePointId" → "Charge point ID",
// "out_of_order" → "Out of order". Pure text rules; the exceptions live in overlay/labels.ts.
import { ACRONYMS } from "../overlay/labels";

/** "chargePointId" → "Charge point ID"; "evseIds" → "EVSE IDs". */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/\s+/)
    .filter((word) => word !== "")
    // Codes of a letter and a number ("L1", "L3" of a phase) keep their capitals.
    .map((word) =>
      /^[A-Z]+\d+$/.test(word) ? word : (ACRONYMS[word.toLowerCase()] ?? word.toLowerCase()),
    );
  const [first = "", ...rest] = words;
  const head =
    first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first;
  return [head, ...rest].join(" ");
}

/**
 * A column that shows the record it refers to by name: "chargePointId" → "Charge point",
 * since its cells read "Munich Central · #12", not an id alone.
 */
export function referenceFieldLabel(name: string): string {
  const label = fieldLabel(name);
  return label.endsWith(" ID") && label.length > 3 ? label.slice(0, -3) : label;
}

/**
 * "out_of_order" → "Out of order", "suspendedEV" → "Suspended EV". Short capital codes
 * (countries "AF", states "NSW", currencies "EUR") are names already and stay as they are.
 */
export function enumLabel(value: string): string {
  if (/^[A-Z]{2,3}$/.test(value)) return value;
  return fieldLabel(value.replace(/-/g, "_"));
}

/** How an enum value reads in a select; numbers and ranges are already readable. */
export function optionLabel(value: unknown): string {
  if (value === null) return "None";
  const text = String(value);
  if (/^[\d.,\s–-]+$/.test(text)) return text.replace(/(\d)-(\d)/g, "$1–$2");
  return enumLabel(text.replace(/\./g, "_"));
}
