// Numbers, money and times on Home in the operator's own locale and time zone. (When a number
// was counted, "as of 10:42", is format/clock.ts, shared with the tiles of pinned views.)
import { operatorLocale as locale } from "../format/clock";

export function formatCount(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

export function formatKwh(value: number): string {
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value)} kWh`;
}

/** Money in its own currency; a code the runtime does not know is shown after the number. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale(), { style: "currency", currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** A date and time, for when a session started. */
export function formatDateTime(iso: string | null): string {
  if (iso === null) return "—";
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** A chart's bucket label: the hour for today, the day otherwise. */
export function formatBucket(iso: string, hourly: boolean): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = hourly
    ? { hour: "2-digit", minute: "2-digit" }
    : { weekday: "short", day: "numeric", month: "short" };
  return new Intl.DateTimeFormat(locale(), options).format(at);
}

/** `long-term_unavailable`, `suspendedEV` → "Long-term unavailable", "Suspended EV". */
export function statusLabel(status: string): string {
  const spaced = status
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/\bev\b/g, "EV")
    .replace(/\bevse\b/g, "EVSE");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
