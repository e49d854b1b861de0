// Renaming and deleting a saved view, each asked in a dialog of its own: the same dialogs from
// the open view's menu on a list screen and from the view's menu in the sidebar.
import { useChangeView, useDeleteView, type SavedView } from "../api/savedViews";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { ErrorNotice } from "../components/ErrorNotice";
import { ViewNameDialog } from "./ViewNameDialog";

interface ViewDialogProps {
  view: SavedView;
  opened: boolean;
  onClose: () => void;
}

/** Asks for the view's new name; a taken one is said under the field. */
export function RenameViewDialog({ view, opened, onClose }: ViewDialogProps) {
  const change = useChangeView();
  const close = () => {
    change.reset();
    onClose();
  };
  return (
    <ViewNameDialog
      opened={opened}
      title={`Rename the view “${view.name}”`}
      submitLabel="Rename"
      initialName={view.name}
      busy={change.isPending}
      error={change.error}
      onSubmit={(name) =>
        change.mutate({ kind: "rename", id: view.id, name }, { onSuccess: close })
      }
      onClose={close}
    />
  );
}

/** Asks before deleting the view, naming it; only the view goes, no records. */
export function DeleteViewDialog({
  view,
  opened,
  onClose,
  onDeleted,
}: ViewDialogProps & { onDeleted?: () => void }) {
  const remove = useDeleteView();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={opened}
      title="Delete view"
      message={`Delete the view “${view.name}”?`}
      details={["Only the saved filters and columns go; no records are changed."]}
      confirmLabel="Delete view"
      busy={remove.isPending}
      onConfirm={() =>
        remove.mutate(view.id, {
          onSuccess: () => {
            close();
            onDeleted?.();
          },
        })
      }
      onCancel={close}
    >
      {remove.isError && <ErrorNotice error={remove.error} />}
    </ConfirmDialog>
  );
}
