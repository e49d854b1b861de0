/** The badge colours a profile can have; the Rust side accepts these names and no others. */
export const BADGE_COLORS = [
  "blue",
  "teal",
  "grape",
  "orange",
  "red",
  "green",
  "cyan",
  "pink",
  "yellow",
  "indigo",
] as const;

export type BadgeColor = (typeof BADGE_COLORS)[number];

export const DEFAULT_BADGE_COLOR: BadgeColor = "blue";

/** A colour for the next profile that no saved profile uses yet, so tenants look different. */
export function unusedColor(used: readonly string[]): BadgeColor {
  return BADGE_COLORS.find((color) => !used.includes(color)) ?? DEFAULT_BADGE_COLOR;
}
