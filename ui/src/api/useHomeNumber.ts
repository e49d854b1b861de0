// One number Home shows (a widget's figures, a pinned view's count), timed the same way for
// all: the cached answer when Home opens, a fresh count on refresh and at every automatic
// refresh (Home's own setting, later while the tenant fails), never two counts of one at once.
import { useQuery, type QueryKey, type UseQueryResult } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { nextRefreshMs } from "./autoRefresh";

export interface HomeNumberOptions<T> {
  queryKey: QueryKey;
  /**
   * Counts, accepting a cached answer up to `maxAgeSecs` old (0: count anew); stops when
   * `signal` aborts: Home left before the answer came, so an operator who opens a list
   * straight away does not share the tenant and the machine with walks nobody will see.
   */
  count: (maxAgeSecs: number, signal: AbortSignal) => Promise<T>;
  /** How old a cached answer Home may open with. */
  openingMaxAgeSecs: number;
  staleTime: number;
  refreshMinutes: number;
  enabled: boolean;
}

export interface HomeNumber<T> {
  query: UseQueryResult<T>;
  refresh: () => void;
}

export function useHomeNumber<T>(options: HomeNumberOptions<T>): HomeNumber<T> {
  const { count, openingMaxAgeSecs, refreshMinutes } = options;
  // After the first answer every fetch counts anew: the cache only serves the opening paint.
  const counted = useRef(false);
  const query = useQuery({
    queryKey: options.queryKey,
    queryFn: async ({ signal }) => {
      const answer = await count(counted.current ? 0 : openingMaxAgeSecs, signal);
      counted.current = true;
      return answer;
    },
    staleTime: options.staleTime,
    enabled: options.enabled,
    refetchInterval: (q) => nextRefreshMs(refreshMinutes, q.state.fetchFailureCount, q.state.error),
    refetchIntervalInBackground: false,
  });
  const { refetch } = query;
  const refresh = useCallback(() => {
    counted.current = true;
    // A refresh asked while one runs joins it instead of starting a second.
    void refetch({ cancelRefetch: false });
  }, [refetch]);
  return { query, refresh };
}
