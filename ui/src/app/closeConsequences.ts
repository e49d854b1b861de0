// The sentences the close confirmation shows, one per kind of work still in flight.
import type { WorkInFlight } from "../bindings";

/** What the operator loses by closing now, one sentence per kind of work. */
export function closeConsequences(work: WorkInFlight): string[] {
  const lines: string[] = [];
  if (work.exports > 0) {
    lines.push(
      work.exports === 1
        ? "An export is still writing its file. Closing now stops it before the file is complete."
        : `${work.exports} exports are still writing their files. Closing now stops them before the files are complete.`,
    );
  }
  if (work.changes > 0) {
    lines.push(
      work.changes === 1
        ? "A change is on its way to the tenant. If you close now, Plugdesk cannot tell you whether the tenant applied it."
        : `${work.changes} changes are on their way to the tenant. If you close now, Plugdesk cannot tell you whether the tenant applied them.`,
    );
  }
  return lines;
}
