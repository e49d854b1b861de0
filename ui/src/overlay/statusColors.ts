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
  ["orange", ["unpaid", "expiring", "idle", "warning", "maintenance", "out_of_order"]],
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
    ],
  ],
  ["gray", ["cancelled", "canceled", "disabled", "inactive", "deleted", "archived", "unknown"]],
];

const COLOR_BY_VALUE: ReadonlyMap<string, StatusColor> = new Map(
  COLORS.flatMap(([color, values]) => values.map((value) => [value, color] as const)),
);

/** The badge colour of a status value; neutral for values nobody listed. */
export function statusColor(value: string): StatusColor {
  return COLOR_BY_VALUE.get(value.toLowerCase()) ?? "gray";
}

/** Whether a column holds a status worth a coloured badge. */
export function isStatusField(name: string): boolean {
  return /(^status$|Status$|^state$|State$|^availability$)/.test(name);
}
