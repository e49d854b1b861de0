// Saved views in Search… (Ctrl+K): each opens its view.
import { useMemo } from "react";
import { useSavedViews } from "../api/savedViews";
import { findResource, resourceLabel } from "../catalog/catalogIndex";
import { useOpenView } from "./openView";

export interface ViewPaletteEntry {
  id: string;
  label: string;
  description: string;
  keywords: string[];
  onClick: () => void;
}

export function useViewPaletteEntries(): ViewPaletteEntry[] {
  const views = useSavedViews();
  const openView = useOpenView();
  return useMemo(
    () =>
      views.map((view) => {
        const resource = findResource(view.state.resource);
        const listed = resource ? resourceLabel(resource) : view.state.resource;
        return {
          id: `view:${view.id}`,
          label: view.name,
          description: `Saved view · ${listed}`,
          keywords: ["view", "saved", listed],
          onClick: () => openView(view),
        };
      }),
    [views, openView],
  );
}
