// One bulk run and its retries: the records, what became of each so far, and the controls.
// Each record keeps the request id it was first sent under, so "Retry the failed ones" never
// sends a change that already went out (Rust refuses those ids as already sent).
import { useRef, useState } from "react";
import type { ItemOutcome, Value } from "../bindings";
import { AppCommandError, type AppError } from "../api/bridge";
import { cancelBulk, runBulk, type BulkOperation } from "../api/bulk";
import type { ApiRecord } from "../catalog/records";

export interface BulkTarget {
  record: ApiRecord;
  path: Record<string, Value>;
}

export interface RecordResult {
  outcome: ItemOutcome;
  status: number | null;
  message: string | null;
}

export interface BulkRunState {
  /** What became of each target so far (null: waiting or on its way). */
  results: (RecordResult | null)[];
  finished: number;
  /** Records in this run (all of them, or only those retried). */
  total: number;
  running: boolean;
  cancelling: boolean;
  /** The last run's id: the activity log groups its entries under it. */
  runId: string | null;
  /** Why the run could not start at all (read-only, tenant switched…). */
  error: AppError | null;
}

/** Outcomes that a retry may change: the tenant refused, nothing was applied or sent. */
export const RETRYABLE: ReadonlySet<ItemOutcome> = new Set<ItemOutcome>(["failed", "notSent"]);

export function useBulkRun(operation: BulkOperation) {
  const intent = useRef(crypto.randomUUID());
  const body = useRef<Value>(null);
  const targets = useRef<readonly BulkTarget[]>([]);
  const [state, setState] = useState<BulkRunState>({
    results: [],
    finished: 0,
    total: 0,
    running: false,
    cancelling: false,
    runId: null,
    error: null,
  });

  const send = async (indices: number[]) => {
    const runId = crypto.randomUUID();
    setState((current) => ({
      ...current,
      results: current.results.map((result, index) => (indices.includes(index) ? null : result)),
      finished: 0,
      total: indices.length,
      running: true,
      cancelling: false,
      runId,
      error: null,
    }));
    try {
      await runBulk({
        runId,
        operation,
        body: body.current,
        items: indices.map((index) => ({
          requestId: `${intent.current}:${index}`,
          path: targets.current[index]!.path,
        })),
        onProgress: (progress) => {
          const target = indices[progress.result.index];
          if (target === undefined) return;
          setState((current) => ({
            ...current,
            finished: progress.finished,
            results: current.results.map((result, index) =>
              index === target
                ? {
                    outcome: progress.result.outcome,
                    status: progress.result.status ?? null,
                    message: progress.result.message ?? null,
                  }
                : result,
            ),
          }));
        },
      });
    } catch (error) {
      const appError: AppError =
        error instanceof AppCommandError
          ? error.appError
          : { kind: "internal", message: error instanceof Error ? error.message : String(error) };
      setState((current) => ({ ...current, error: appError }));
    } finally {
      setState((current) => ({ ...current, running: false, cancelling: false }));
    }
  };

  return {
    state,
    /** Sends `filledBody` to every target; retries later go to the same targets. */
    start: (filledBody: Value, to: readonly BulkTarget[]) => {
      body.current = filledBody;
      targets.current = to;
      setState((current) => ({ ...current, results: to.map(() => null) }));
      void send(to.map((_, index) => index));
    },
    retryFailed: () => {
      const failed = state.results.flatMap((result, index) =>
        result !== null && RETRYABLE.has(result.outcome) ? [index] : [],
      );
      if (failed.length > 0) void send(failed);
    },
    cancel: () => {
      if (state.runId === null) return;
      setState((current) => ({ ...current, cancelling: true }));
      void cancelBulk(state.runId);
    },
  };
}
