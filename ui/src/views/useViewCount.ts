// A pinned view's count on Home, timed like Home's widgets: the cached count when Home opens,
// a fresh count on refresh and at every automatic refresh (Home's own setting), and never two
// counts of one view at once.
import { isTenantSwitch } from "../api/autoRefresh";
import { useHomeNumber } from "../api/useHomeNumber";
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
  const listing = listingOfView(view);
  const { query, refresh } = useHomeNumber({
    queryKey: viewCountQueryKey(tenant, view.id, listing),
    count: (maxAgeSecs, signal) => countView(tenant, listing, maxAgeSecs, signal),
    openingMaxAgeSecs: VIEW_COUNT_OPENING_MAX_AGE_SECS,
    staleTime: VIEW_COUNT_OPENING_MAX_AGE_SECS * 1000,
    refreshMinutes,
    enabled: listing !== null,
  });
  return {
    data: query.data,
    error: query.isError && !isTenantSwitch(query.error) ? query.error : null,
    fetching: query.isFetching,
    refresh,
  };
}
