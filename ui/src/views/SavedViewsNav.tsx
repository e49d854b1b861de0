// The sidebar's saved views of the connected tenant's profile: each opens its list screen with
// its filters and columns. Nothing shows while no tenant is connected or none is saved.
import { NavLink } from "@mantine/core";
import { IconBookmark, IconBookmarks } from "@tabler/icons-react";
import { useSearch } from "@tanstack/react-router";
import { useSavedViews } from "../api/savedViews";
import { resourceLabel, findResource } from "../catalog/catalogIndex";
import { useOpenView } from "./openView";

const ICON_SIZE = 18;
const ICON_STROKE = 1.6;

export function SavedViewsNav() {
  const views = useSavedViews();
  const openView = useOpenView();
  const search = useSearch({ strict: false }) as { view?: unknown };
  if (views.length === 0) return null;
  return (
    <NavLink
      data-testid="nav-saved-views"
      label="Saved views"
      leftSection={<IconBookmarks size={ICON_SIZE} stroke={ICON_STROKE} />}
      childrenOffset={ICON_SIZE + 10}
      defaultOpened
    >
      {views.map((view) => {
        const resource = findResource(view.state.resource);
        return (
          <NavLink
            key={view.id}
            data-testid={`nav-view-${view.id}`}
            data-view-name={view.name}
            component="button"
            type="button"
            active={search.view === view.id}
            label={view.name}
            description={resource ? resourceLabel(resource) : undefined}
            leftSection={<IconBookmark size={14} stroke={ICON_STROKE} />}
            onClick={() => openView(view)}
          />
        );
      })}
    </NavLink>
  );
}
