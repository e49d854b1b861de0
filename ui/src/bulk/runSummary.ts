// How a bulk run's outcomes read: one word per outcome, and the status line announced.
import type { ItemOutcome } from "../bindings";
import type { BulkRunState } from "./useBulkRun";

export const OUTCOME_WORDS: Record<ItemOutcome, { label: string; color: string }> = {
  succeeded: { label: "Succeeded", color: "green" },
  accepted: { label: "Accepted", color: "teal" },
  failed: { label: "Failed", color: "red" },
  unknown: { label: "Unknown — check the record", color: "orange" },
  alreadySent: { label: "Already sent", color: "gray" },
  notSent: { label: "Not sent", color: "gray" },
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
