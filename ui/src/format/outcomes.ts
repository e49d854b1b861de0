// How the outcome of a change reads, in words an operator uses: no status codes.

/** Where a change stands (the activity log's outcomes). */
export type ChangeOutcome = "sent" | "succeeded" | "accepted" | "failed" | "unknown";

/**
 * The outcome after the change's name: "sent to the charger, waiting for it to confirm". A
 * charger's action answered "accepted" has only been passed on; the charger acts later.
 */
export function outcomeWords(outcome: ChangeOutcome, reachesCharger: boolean): string {
  switch (outcome) {
    case "accepted":
      return reachesCharger
        ? "sent to the charger, waiting for it to confirm"
        : "accepted, the platform is carrying it out";
    case "succeeded":
      return "done";
    case "failed":
      return "not carried out";
    case "unknown":
      return "no answer came, so it may or may not have happened; check the record";
    case "sent":
      return "sent, but Plugdesk closed before the answer came; check the record";
  }
}
