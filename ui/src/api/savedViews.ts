// Saved views of the connected tenant's profile: kept by Rust in the app's local database, one
// list per connection under ["savedViews", generation], so a tenant switch never shows one
// profile's views under another's name. Every change returns the view as stored and refreshes
// the list.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  commands,
  type SavedView_Serialize,
  type TenantView_Serialize,
  type ViewListing,
  type ViewState_Serialize,
} from "../bindings";
import { unwrapResult } from "./bridge";
import { withCancellation } from "./reads";
import { useActiveTenant } from "./session";
import { believedTenant } from "./tenantGeneration";

// The shapes as Rust sends them (every field present).
export type SavedView = SavedView_Serialize;
export type ViewState = ViewState_Serialize;
export type { ViewListing };

export const SAVED_VIEWS_QUERY_KEY = ["savedViews"] as const;

export function savedViewsQuery(generation: number) {
  return queryOptions({
    queryKey: [...SAVED_VIEWS_QUERY_KEY, generation],
    queryFn: async () => unwrapResult(await commands.listSavedViews(generation)),
    // Only this window changes them, and each change refreshes the list.
    staleTime: Infinity,
  });
}

/** The views of the connected tenant; empty while none is connected. */
export function useSavedViews(): SavedView[] {
  // From the session status, so the list follows every connect and switch.
  const generation = useActiveTenant()?.generation ?? 0;
  const query = useQuery({ ...savedViewsQuery(generation), enabled: generation > 0 });
  return query.data ?? [];
}

/** One view by id, once the list is loaded. */
export function useSavedView(id: number | undefined): SavedView | undefined {
  const views = useSavedViews();
  return id === undefined ? undefined : views.find((view) => view.id === id);
}

export type ViewChange =
  | { kind: "create"; name: string; state: ViewState }
  | { kind: "rename"; id: number; name: string }
  | { kind: "update"; id: number; state: ViewState }
  | { kind: "pin"; id: number; pinned: boolean };

async function changeView(change: ViewChange): Promise<SavedView> {
  const tenant = believedTenant();
  switch (change.kind) {
    case "create":
      return unwrapResult(await commands.saveView(tenant, change.name, change.state));
    case "rename":
      return unwrapResult(await commands.renameView(tenant, change.id, change.name));
    case "update":
      return unwrapResult(await commands.updateView(tenant, change.id, change.state));
    case "pin":
      return unwrapResult(await commands.pinView(tenant, change.id, change.pinned));
  }
}

/** Creates, renames, updates or pins a view; the list follows. */
export function useChangeView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeView,
    onSettled: () => queryClient.invalidateQueries({ queryKey: SAVED_VIEWS_QUERY_KEY }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrapResult(await commands.deleteView(believedTenant(), id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SAVED_VIEWS_QUERY_KEY }),
  });
}

/** How old a cached count may be when Home opens: the cache paints at once, then refreshes. */
export const VIEW_COUNT_OPENING_MAX_AGE_SECS = 60;

/** The connection a count is asked on: Rust refuses one meant for an older connection. */
export type CountingTenant = Pick<TenantView_Serialize, "profileId" | "tenantUrl" | "generation">;

/**
 * Where a pinned view's count is kept: by tenant, not by connection, like Home's other numbers,
 * so a reconnect paints at once. (views/useViewCount.ts times the counting like Home's.)
 */
export function viewCountQueryKey(
  tenant: CountingTenant,
  viewId: number,
  listing: ViewListing | null,
) {
  return ["viewCount", tenant.tenantUrl, tenant.profileId ?? "demo", viewId, listing] as const;
}

/**
 * How many records a pinned view lists, as counted by Rust at most `maxAgeSecs` ago; the
 * count stops when `signal` aborts.
 */
export async function countView(
  tenant: CountingTenant,
  listing: ViewListing | null,
  maxAgeSecs: number,
  signal?: AbortSignal,
) {
  if (listing === null) throw new Error("This view lists a resource Plugdesk no longer knows.");
  const answer = await withCancellation(signal, (requestId) =>
    commands.homeViewCount(requestId, tenant.generation, listing, maxAgeSecs),
  );
  return unwrapResult(answer);
}
