// Numbers, money and times on Home in the operator's own locale and time zone.

/**
 * The operator's language tag, or undefined (the runtime's default) when the system reports
 * one that is not a valid tag, such as "C" on a Linux machine without a locale set.
 */
function locale(): string | undefined {
  if (typeof navigator === "undefined") return undefined;
  try {
    return Intl.getCanonicalLocales(navigator.language)[0];
  } catch {
    return undefined;
  }
}

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

/** "10:42": when a widget's numbers were counted. */
export function formatClock(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit" }).format(at);
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
