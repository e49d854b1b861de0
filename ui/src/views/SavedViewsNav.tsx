// The sidebar's saved views of the connected tenant's profile: each opens its list screen with
// its filters and columns, and has a small menu to rename or delete it (the same dialogs as the
// open view's menu on a list screen). Nothing shows while no tenant is connected or none is
// saved.
import { ActionIcon, Group, Menu, NavLink } from "@mantine/core";
import {
  IconBookmark,
  IconBookmarks,
  IconDotsVertical,
  IconPencil,
  IconTrash,
} from "@tabler/icons-react";
import { useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useSavedViews, type SavedView } from "../api/savedViews";
import { resourceLabel, findResource } from "../catalog/catalogIndex";
import { useOpenView } from "./openView";
import { DeleteViewDialog, RenameViewDialog } from "./ViewDialogs";

// Only the links are `nav-view-<id>`: the entry and its menu are `saved-view-…`, so the links
// can be counted by that prefix.
const ICON_SIZE = 18;
const ICON_STROKE = 1.6;

/** The dialog asked from a view's sidebar menu, with the view as it was when asked. */
type Asked = { kind: "rename" | "delete"; view: SavedView } | null;

export function SavedViewsNav() {
  const views = useSavedViews();
  const openView = useOpenView();
  const search = useSearch({ strict: false }) as { view?: unknown };
  const [asked, setAsked] = useState<Asked>(null);
  if (views.length === 0 && asked === null) return null;
  const close = () => setAsked(null);
  return (
    <>
      {views.length > 0 && (
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
              <Group
                key={view.id}
                gap={0}
                wrap="nowrap"
                data-testid={`saved-view-entry-${view.id}`}
              >
                <NavLink
                  data-testid={`nav-view-${view.id}`}
                  data-view-name={view.name}
                  component="button"
                  type="button"
                  active={search.view === view.id}
                  label={view.name}
                  description={resource ? resourceLabel(resource) : undefined}
                  leftSection={<IconBookmark size={14} stroke={ICON_STROKE} />}
                  onClick={() => openView(view)}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <ViewMenu
                  view={view}
                  onRename={() => setAsked({ kind: "rename", view })}
                  onDelete={() => setAsked({ kind: "delete", view })}
                />
              </Group>
            );
          })}
        </NavLink>
      )}
      {asked !== null && (
        <>
          <RenameViewDialog view={asked.view} opened={asked.kind === "rename"} onClose={close} />
          <DeleteViewDialog view={asked.view} opened={asked.kind === "delete"} onClose={close} />
        </>
      )}
    </>
  );
}

/** "⋮" beside a view: rename it, or delete it after asking. */
function ViewMenu({
  view,
  onRename,
  onDelete,
}: {
  view: SavedView;
  onRename: () => void;
  onDelete: () => void;
}) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`Options for the view “${view.name}”`}
          data-testid={`saved-view-menu-${view.id}`}
        >
          <IconDotsVertical size={14} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          data-testid={`saved-view-rename-${view.id}`}
          leftSection={<IconPencil size={16} />}
          onClick={onRename}
        >
          Rename view…
        </Menu.Item>
        <Menu.Item
          data-testid={`saved-view-delete-${view.id}`}
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={onDelete}
        >
          Delete view…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
