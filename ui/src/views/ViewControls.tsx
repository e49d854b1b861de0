// On a list screen: "Save view", and for a list opened from a saved view its menu — save the
// changes to it, save as a new view, rename it, pin it to Home, delete it (after asking).
import { Button, Menu, Text } from "@mantine/core";
import {
  IconBookmark,
  IconBookmarkPlus,
  IconChevronDown,
  IconDeviceFloppy,
  IconPencil,
  IconPin,
  IconPinnedOff,
  IconTrash,
} from "@tabler/icons-react";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { presentError } from "../api/errors";
import { useChangeView, useSavedView, type SavedView, type ViewState } from "../api/savedViews";
import { DeleteViewDialog, RenameViewDialog } from "./ViewDialogs";
import { ViewNameDialog } from "./ViewNameDialog";
import { differsFromView } from "./viewState";

interface ViewControlsProps {
  /** The list screen as it is now. */
  state: ViewState;
  /** The view the list was opened from, if any. */
  openViewId: number | undefined;
  /** The list now shows `view` (just saved), or no view (`null`, just deleted). */
  onViewChange: (view: SavedView | null) => void;
}

type Dialog = "save" | "saveAs" | "rename" | "delete" | null;

export function ViewControls({ state, openViewId, onViewChange }: ViewControlsProps) {
  const view = useSavedView(openViewId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const change = useChangeView();
  const close = () => {
    setDialog(null);
    change.reset();
  };

  const saveNew = (name: string) =>
    change.mutate(
      { kind: "create", name, state },
      {
        onSuccess: (saved) => {
          close();
          onViewChange(saved);
        },
      },
    );

  // "Save view" on a plain list and "Save as a new view…" on a view's list ask the same.
  const saveNewDialog = (opened: boolean, title: string) => (
    <ViewNameDialog
      opened={opened}
      title={title}
      submitLabel="Save view"
      initialName=""
      busy={change.isPending}
      error={change.error}
      onSubmit={saveNew}
      onClose={close}
    />
  );

  if (view === undefined) {
    return (
      <>
        <Button
          data-testid="save-view"
          size="xs"
          variant="default"
          leftSection={<IconBookmarkPlus size={16} />}
          onClick={() => setDialog("save")}
        >
          Save view
        </Button>
        {saveNewDialog(dialog === "save", "Save this list as a view")}
      </>
    );
  }

  const changed = differsFromView(view, state);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            data-testid="view-menu"
            size="xs"
            variant="light"
            leftSection={<IconBookmark size={16} />}
            rightSection={<IconChevronDown size={14} />}
            aria-label={`View ${view.name}${changed ? ", with unsaved changes" : ""}`}
          >
            <Text span inherit maw={180} truncate>
              {view.name}
              {changed ? " •" : ""}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            data-testid="view-update"
            leftSection={<IconDeviceFloppy size={16} />}
            disabled={!changed || change.isPending}
            onClick={() =>
              change.mutate(
                { kind: "update", id: view.id, state },
                {
                  onSuccess: (saved) => {
                    notifications.show({
                      color: "green",
                      message: `Saved the changes to the view “${saved.name}”.`,
                    });
                    onViewChange(saved);
                  },
                  onError: tellFailure,
                },
              )
            }
          >
            Save changes to view
          </Menu.Item>
          <Menu.Item
            data-testid="view-save-as"
            leftSection={<IconBookmarkPlus size={16} />}
            onClick={() => setDialog("saveAs")}
          >
            Save as a new view…
          </Menu.Item>
          <Menu.Item
            data-testid="view-rename"
            leftSection={<IconPencil size={16} />}
            onClick={() => setDialog("rename")}
          >
            Rename view…
          </Menu.Item>
          <Menu.Item
            data-testid="view-pin"
            leftSection={view.pinned ? <IconPinnedOff size={16} /> : <IconPin size={16} />}
            onClick={() =>
              change.mutate(
                { kind: "pin", id: view.id, pinned: !view.pinned },
                { onError: tellFailure },
              )
            }
          >
            {view.pinned ? "Remove from Home" : "Pin to Home"}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            data-testid="view-delete"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setDialog("delete")}
          >
            Delete view…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {saveNewDialog(dialog === "saveAs", "Save this list as a new view")}
      <RenameViewDialog view={view} opened={dialog === "rename"} onClose={close} />
      <DeleteViewDialog
        view={view}
        opened={dialog === "delete"}
        onClose={close}
        onDeleted={() => onViewChange(null)}
      />
    </>
  );
}

/** A change made from the menu (no dialog of its own) says how it failed in a notification. */
function tellFailure(error: unknown) {
  const presented = presentError(error);
  notifications.show({
    color: "red",
    title: presented.title,
    message: `${presented.message} ${presented.action}`,
  });
}
