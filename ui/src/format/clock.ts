// The operator's language for dates and numbers, and "10:42" for when something was counted.

/**
 * The operator's language tag, or undefined (the runtime's default) when the system reports
 * one that is not a valid tag, such as "C" on a Linux machine without a locale set.
 */
export function operatorLocale(): string | undefined {
  if (typeof navigator === "undefined") return undefined;
  try {
    return Intl.getCanonicalLocales(navigator.language)[0];
  } catch {
    return undefined;
  }
}

/** "10:42": when numbers were counted, in the operator's time zone. */
export function formatClock(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(operatorLocale(), { hour: "2-digit", minute: "2-digit" }).format(
    at,
  );
}
