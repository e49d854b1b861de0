// How a bulk run's outcomes read: one word per outcome, and the status line announced.
import type { ItemOutcome } from "../bindings";
import type { BulkRunState } from "./useBulkRun";

/** `note` stands in for the tenant's message when it sent none. */
export const OUTCOME_WORDS: Record<ItemOutcome, { label: string; color: string; note: string }> = {
  succeeded: { label: "Succeeded", color: "green", note: "Done." },
  accepted: {
    label: "Accepted",
    color: "teal",
    note: "The charging system took the command; the charger may still refuse it.",
  },
  failed: { label: "Failed", color: "red", note: "The tenant refused it." },
  unknown: {
    label: "Unknown — check the record",
    color: "orange",
    note: "No answer came; it may have been applied.",
  },
  alreadySent: {
    label: "Already sent",
    color: "gray",
    note: "Sent before and may have been applied, so not sent again.",
  },
  notSent: { label: "Not sent", color: "gray", note: "Cancelled before its turn." },
};

/** "3 of 5 done: 2 succeeded, 1 failed" — what the status line says. */
export function summary(state: BulkRunState): string {
  const counts = new Map<ItemOutcome, number>();
  for (const result of state.results) {
    if (result !== null) counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1);
  }
  const parts = [...counts].map(
    ([outcome, count]) => `${count} ${OUTCOME_WORDS[outcome].label.toLowerCase()}`,
  );
  const head = state.running
    ? `${state.finished} of ${state.total} done`
    : state.cancelling || state.results.some((r) => r?.outcome === "notSent")
      ? "Stopped"
      : "Finished";
  return parts.length > 0 ? `${head}: ${parts.join(", ")}` : head;
}
