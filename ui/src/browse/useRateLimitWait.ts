// A read the tenant rate-limited is tried again after the pause it asked for (see retry.ts).
// While that pause runs the screen counts it down and offers to stop waiting; stopping cancels
// the retry, and "Try again" starts a fresh one.
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { rateLimitWaitSeconds } from "./retry";

interface RetryingQuery {
  failureReason: unknown;
  failureCount: number;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

export interface RateLimitWaitState {
  /** The tenant's pause is running and a retry will follow. */
  waiting: boolean;
  /** The pause the tenant asked for, in seconds; null when it named none. */
  seconds: number | null;
  /** Changes with every failed attempt, so each pause counts down from its own start. */
  attempt: number;
  /** The operator chose to stop waiting; nothing is retried until they try again. */
  stopped: boolean;
  stop: () => void;
  tryAgain: () => void;
}

export function useRateLimitWait(query: RetryingQuery, queryKey: QueryKey): RateLimitWaitState {
  const queryClient = useQueryClient();
  const [stopped, setStopped] = useState(false);
  const seconds = rateLimitWaitSeconds(query.failureReason);
  const keyText = JSON.stringify(queryKey);
  const { refetch, isFetching } = query;
  // A fetch started elsewhere after the stop took effect (Refresh, new filters) waits again.
  const stopSettled = useRef(false);
  useEffect(() => {
    if (!stopped) return;
    if (!isFetching) stopSettled.current = true;
    else if (stopSettled.current) setStopped(false);
  }, [stopped, isFetching]);
  const stop = useCallback(() => {
    stopSettled.current = false;
    setStopped(true);
    void queryClient.cancelQueries({ queryKey: JSON.parse(keyText) as QueryKey, exact: true });
  }, [queryClient, keyText]);
  const tryAgain = useCallback(() => {
    setStopped(false);
    void refetch();
  }, [refetch]);
  return {
    waiting: !stopped && seconds !== undefined && query.isFetching,
    seconds: seconds ?? null,
    attempt: query.failureCount,
    stopped,
    stop,
    tryAgain,
  };
}
