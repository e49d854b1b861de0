// What other screens use from saved views:
// - `ViewControls`: "Save view" and the open view's menu, on a list screen.
// - `useRestoreOpenedView`: the list screen takes the column layout of the view just opened.
// - `viewStateOf`: a list screen's setup as a view holds it.
// - `SavedViewsNav` (sidebar), `useViewPaletteEntries` (Search…), `PinnedViewTiles` (Home).
export { PinnedViewTiles } from "./PinnedViewTiles";
export { SavedViewsNav } from "./SavedViewsNav";
export { ViewControls } from "./ViewControls";
export { useRestoreOpenedView } from "./openView";
export { useViewPaletteEntries, type ViewPaletteEntry } from "./paletteEntries";
export { viewStateOf, type ColumnLayout, type ListSetup } from "./viewState";
