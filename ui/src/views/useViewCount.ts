// A pinned view's count on Home, timed like Home's widgets: the cached count when Home opens,
// a fresh count on refresh and at every automatic refresh (Home's own setting), and never two
// counts of one view at once.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import { isTenantSwitch, nextRefreshMs } from "../api/autoRefresh";
import {
  VIEW_COUNT_OPENING_MAX_AGE_SECS,
  countView,
  viewCountQueryKey,
  type CountingTenant,
  type SavedView,
} from "../api/savedViews";
import type { ViewCountAnswer_Serialize } from "../bindings";
import { listingOfView } from "./viewState";

export interface ViewCountData {
  data: ViewCountAnswer_Serialize | undefined;
  /** Why the last count failed (a switch of tenant is no failure), or null. */
  error: unknown;
  fetching: boolean;
  refresh: () => void;
}

export function useViewCount(
  tenant: CountingTenant,
  view: SavedView,
  refreshMinutes: number,
): ViewCountData {
  // After the first count every fetch counts anew: Rust's cache only serves the opening paint.
  const counted = useRef(false);
  const listing = listingOfView(view);
  const query = useQuery({
    queryKey: viewCountQueryKey(tenant, view.id, listing),
    queryFn: async () => {
      const maxAge = counted.current ? 0 : VIEW_COUNT_OPENING_MAX_AGE_SECS;
      const answer = await countView(tenant, listing, maxAge);
      counted.current = true;
      return answer;
    },
    staleTime: VIEW_COUNT_OPENING_MAX_AGE_SECS * 1000,
    enabled: listing !== null,
    refetchInterval: (q) => nextRefreshMs(refreshMinutes, q.state.fetchFailureCount, q.state.error),
    refetchIntervalInBackground: false,
  });
  const { refetch } = query;
  const refresh = useCallback(() => {
    counted.current = true;
    // A refresh asked while one runs joins it instead of starting a second.
    void refetch({ cancelRefetch: false });
  }, [refetch]);
  return {
    data: query.data,
    error: query.isError && !isTenantSwitch(query.error) ? query.error : null,
    fetching: query.isFetching,
    refresh,
  };
}
