// Colours for status-like enum values. Values not listed here get a neutral badge, so an
// enum value the API adds later is shown, never hidden.

export type StatusColor = "green" | "blue" | "yellow" | "orange" | "red" | "gray";

const COLORS: ReadonlyArray<readonly [StatusColor, readonly string[]]> = [
  [
    "green",
    [
      "available",
      "active",
      "accepted",
      "online",
      "enabled",
      "paid",
      "completed",
      "finished",
      "success",
      "succeeded",
      "approved",
      "operative",
      "valid",
      "connected",
      "published",
    ],
  ],
  [
    "blue",
    ["charging", "occupied", "in_use", "started", "running", "in_progress", "preparing", "booked"],
  ],
  [
    "yellow",
    [
      "pending",
      "reserved",
      "suspended",
      "suspended_ev",
      "suspended_evse",
      "finishing",
      "waiting",
      "scheduled",
      "draft",
      "processing",
      "partially_paid",
    ],
  ],
  [
    "orange",
    [
      "unpaid",
      "expiring",
      "idle",
      "warning",
      "maintenance",
      // Taken out of service by the operator: not broken (red), not merely switched off (gray).
      "out_of_order",
      "temporarily_unavailable",
    ],
  ],
  [
    "red",
    [
      "faulted",
      "offline",
      "rejected",
      "failed",
      "error",
      "blocked",
      "unavailable",
      "inoperative",
      "invalid",
      "expired",
      "declined",
      "disconnected",
      "long_term_unavailable",
    ],
  ],
  [
    "gray",
    [
      "cancelled",
      "canceled",
      "disabled",
      "inactive",
      "deleted",
      "archived",
      "unknown",
      "never_connected",
    ],
  ],
];

const COLOR_BY_VALUE: ReadonlyMap<string, StatusColor> = new Map(
  COLORS.flatMap(([color, values]) => values.map((value) => [value, color] as const)),
);

/** "out of order", "suspendedEV", "long-term_unavailable" → "out_of_order", "suspended_ev"… */
function statusKey(value: string): string {
  return value
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** The badge colour of a status value; neutral for values nobody listed. */
export function statusColor(value: string): StatusColor {
  return COLOR_BY_VALUE.get(statusKey(value)) ?? "gray";
}

/**
 * Whether a column holds a status worth a coloured badge. A plain `state` is the state or
 * province of an address: text, not a badge.
 */
export function isStatusField(name: string): boolean {
  return /(^status$|Status$|[a-z]State$|^availability$)/.test(name);
}
