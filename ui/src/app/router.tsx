import type { QueryClient } from "@tanstack/react-query";
import {
  createHashHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type RouterHistory,
} from "@tanstack/react-router";
import { validateDetailSearch } from "../browse/detailSearch";
import { validateListSearch } from "../browse/listSearch";
import { HomePage } from "../pages/HomePage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { RouteErrorPage } from "../pages/RouteErrorPage";
import { Shell } from "./Shell";
import { ActivityPage, ConnectPage, DetailPage, ListPage, SettingsPage } from "./lazyScreens";

/** What every route's loader can reach. */
export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Shell,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage });
const connectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/connect",
  component: ConnectPage,
});
const activityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/activity",
  component: ActivityPage,
});
const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settings",
  component: SettingsPage,
});

// One list screen and one detail screen serve every resource of the catalog; the resource key
// is a path segment and everything that selects records is a search param.
const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/r/$resource",
  validateSearch: validateListSearch,
  component: ListPage,
});
const detailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/r/$resource/$id",
  validateSearch: validateDetailSearch,
  component: DetailPage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  connectRoute,
  activityRoute,
  settingsRoute,
  listRoute,
  detailRoute,
]);

interface AppRouterOptions {
  queryClient: QueryClient;
  /** Defaults to hash history; tests pass a memory history. */
  history?: RouterHistory;
}

export function createAppRouter({ queryClient, history }: AppRouterOptions) {
  return createRouter({
    routeTree,
    // The window is served from a custom protocol: a hash keeps deep links and reloads
    // working without any server-side rewriting.
    history: history ?? createHashHistory(),
    context: { queryClient },
    defaultErrorComponent: RouteErrorPage,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}
