// One widget's numbers: the cached answer when Home opens, a fresh count on refresh, automatic
// refreshes while Home is on screen, and never two counts of one widget at once.
import {
  OPENING_MAX_AGE_SECS,
  fetchWidget,
  widgetQueryKey,
  type HomeTenant,
  type TimeRange,
  type WidgetFetchers,
  type WidgetName,
} from "./api";
import { isTenantSwitch } from "../api/autoRefresh";
import { useHomeNumber } from "../api/useHomeNumber";

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
  const { query, refresh } = useHomeNumber({
    queryKey: widgetQueryKey(widget, tenant, range),
    count: (maxAgeSecs, signal) => fetchWidget(widget, tenant, range, maxAgeSecs, signal),
    openingMaxAgeSecs: OPENING_MAX_AGE_SECS,
    staleTime: Infinity,
    refreshMinutes,
    enabled,
  });
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
