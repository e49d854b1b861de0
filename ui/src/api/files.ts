// A finished export opened with the operator's own programs, through the opener plugin: the
// file in its default application, or the folder holding it in the file manager. The window's
// capability lets it open only export files in Downloads and that folder.
import { openPath } from "@tauri-apps/plugin-opener";

/** The folder holding `path`, for either kind of separator. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut <= 0 ? path : path.slice(0, cut);
}

/** Opens an export file with the program the system uses for its kind (a spreadsheet). */
export function openExportFile(path: string): Promise<void> {
  return openPath(path);
}

/** Shows the folder an export was saved in. */
export function showExportFolder(path: string): Promise<void> {
  return openPath(folderOf(path));
}
