// Opening a saved view: the list screen of its resource with its search params, and its column
// layout restored once per opening. The opening is marked in the history entry's state, so
// opening a view again restores it again, while Back to an entry already restored leaves
// whatever the operator changed there since.
import { useNavigate, useRouterState } from "@tanstack/react-router";
import { useCallback, useEffect } from "react";
import { useSavedView, type SavedView } from "../api/savedViews";
import { layoutOfView, searchOfView, type ColumnLayout } from "./viewState";

declare module "@tanstack/history" {
  interface HistoryState {
    /** The saved view this navigation opened, by id. */
    openedView?: number;
  }
}

/** Navigations whose view was restored already, by history entry key. */
const restored = new Set<string>();

/** Opens `view` on its list screen. */
export function useOpenView(): (view: SavedView) => void {
  const navigate = useNavigate();
  return useCallback(
    (view: SavedView) =>
      void navigate({
        to: "/r/$resource",
        params: { resource: view.state.resource },
        search: searchOfView(view),
        state: { openedView: view.id },
      }),
    [navigate],
  );
}

/**
 * Hands the column layout of the view just opened to `apply` — the list screen of
 * `resourceKey` — once per opening.
 */
export function useRestoreOpenedView(
  resourceKey: string,
  apply: (layout: ColumnLayout) => void,
): void {
  const state = useRouterState({ select: (router) => router.location.state });
  const key = state.__TSR_key ?? state.key;
  const view = useSavedView(state.openedView);
  useEffect(() => {
    if (view === undefined || key === undefined || restored.has(key)) return;
    if (view.state.resource !== resourceKey) return;
    restored.add(key);
    apply(layoutOfView(view));
  }, [view, key, resourceKey, apply]);
}
