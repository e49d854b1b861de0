// How many loaded entries each bulk run has, for the heading over its entries.
import type { ActivityEntry } from "./activityTarget";

export function bulkRunSizes(entries: readonly ActivityEntry[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const entry of entries) {
    if (entry.bulkRun !== null) sizes.set(entry.bulkRun, (sizes.get(entry.bulkRun) ?? 0) + 1);
  }
  return sizes;
}
