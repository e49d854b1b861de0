import { lazyRouteComponent } from "@tanstack/react-router";

// Home is where the window opens, so it comes with the app's first script; every other
// screen's code loads when that screen is first shown (a local file: milliseconds), or, for
// the list and record screens, once the shell has painted, so the shell parses and paints
// sooner.
export const ListPage = lazyRouteComponent(() => import("../browse/BrowsePages"), "ListPage");
export const DetailPage = lazyRouteComponent(() => import("../browse/BrowsePages"), "DetailPage");
export const ActivityPage = lazyRouteComponent(
  () => import("../pages/ActivityPage"),
  "ActivityPage",
);
export const ConnectPage = lazyRouteComponent(() => import("../pages/ConnectPage"), "ConnectPage");
export const SettingsPage = lazyRouteComponent(
  () => import("../pages/SettingsPage"),
  "SettingsPage",
);

/** Loads the list and record screens' code (one chunk for both). Most visits go on from Home
 * to a list, so the shell asks for it once it has painted, and the first list opened does
 * not wait for its code. */
export function preloadRecordScreens(): void {
  void ListPage.preload?.();
}
