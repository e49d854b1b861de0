// One widget's numbers: the cached answer when Home opens, a fresh count on refresh, automatic
// refreshes while Home is on screen, and never two counts of one widget at once.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import {
  OPENING_MAX_AGE_SECS,
  fetchWidget,
  widgetQueryKey,
  type HomeTenant,
  type TimeRange,
  type WidgetFetchers,
  type WidgetName,
} from "./api";
import { isTenantSwitch, nextRefreshMs } from "../api/autoRefresh";

export type WidgetState = "loading" | "ready" | "empty" | "error";

export interface WidgetData<T> {
  data: T | undefined;
  error: unknown;
  state: WidgetState;
  fetching: boolean;
  refresh: () => void;
}

export function useWidget<W extends WidgetName>(
  widget: W,
  tenant: HomeTenant,
  range: TimeRange,
  refreshMinutes: number,
  isEmpty: (data: WidgetFetchers[W]) => boolean,
  /** False holds the first count back (the long walks wait for the quick numbers). */
  enabled = true,
): WidgetData<WidgetFetchers[W]> {
  // After the first answer every fetch counts anew: the cache only serves the opening paint.
  const counted = useRef(false);
  const query = useQuery({
    queryKey: widgetQueryKey(widget, tenant, range),
    queryFn: async () => {
      const maxAge = counted.current ? 0 : OPENING_MAX_AGE_SECS;
      const answer = await fetchWidget(widget, tenant, range, maxAge);
      counted.current = true;
      return answer;
    },
    staleTime: Infinity,
    enabled,
    refetchInterval: (q) => nextRefreshMs(refreshMinutes, q.state.fetchFailureCount, q.state.error),
    refetchIntervalInBackground: false,
  });
  const { refetch } = query;
  const refresh = useCallback(() => {
    counted.current = true;
    // A refresh asked while one runs joins it instead of starting a second.
    void refetch({ cancelRefetch: false });
  }, [refetch]);
  const data = query.data;
  let state: WidgetState;
  if (data !== undefined) {
    state = isEmpty(data) ? "empty" : "ready";
  } else if (query.isError && !isTenantSwitch(query.error)) {
    state = "error";
  } else {
    state = "loading";
  }
  return {
    data,
    error: query.isError ? query.error : null,
    state,
    fetching: query.isFetching,
    refresh,
  };
}
