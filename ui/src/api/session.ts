// The connection to a tenant as the window knows it: one cached `SessionStatus` under the
// key ["session"], refreshed only by the commands that change it. Tokens go in through these
// functions and never come back: nothing here returns one.
import { queryOptions, useQuery } from "@tanstack/react-query";
import {
  commands,
  type ConnectionCheck,
  type ProfileChanges_Deserialize,
  type ProfileInput_Deserialize,
  type ProfileView_Serialize,
  type SessionStatus_Serialize,
  type TenantView_Serialize,
} from "../bindings";
import { unwrapResult } from "./bridge";
import { believeTenant } from "./tenantGeneration";

export type SessionStatus = SessionStatus_Serialize;
export type TenantView = TenantView_Serialize;
export type ProfileView = ProfileView_Serialize;
export type ProfileInput = ProfileInput_Deserialize;
export type ProfileChanges = ProfileChanges_Deserialize;
export type { ConnectionCheck };

export const SESSION_QUERY_KEY = ["session"] as const;

export const sessionQuery = queryOptions({
  queryKey: SESSION_QUERY_KEY,
  // The first call also reconnects the profile that was active when Plugdesk last closed.
  queryFn: async () => {
    const status = unwrapResult(await commands.sessionStatus());
    believeTenant(status);
    return status;
  },
  // Only the commands below change the session, and each returns the new status.
  staleTime: Infinity,
});

export async function checkConnection(tenantUrl: string, token: string): Promise<ConnectionCheck> {
  return unwrapResult(await commands.checkConnection(tenantUrl, token));
}

export async function addProfile(input: ProfileInput): Promise<SessionStatus> {
  return unwrapResult(await commands.addProfile(input));
}

export async function updateProfile(id: string, changes: ProfileChanges): Promise<SessionStatus> {
  return unwrapResult(await commands.updateProfile(id, changes));
}

export async function deleteProfile(id: string): Promise<SessionStatus> {
  return unwrapResult(await commands.deleteProfile(id));
}

export async function activateProfile(id: string): Promise<SessionStatus> {
  return unwrapResult(await commands.activateProfile(id));
}

export async function disconnect(): Promise<SessionStatus> {
  return unwrapResult(await commands.disconnect());
}

export function useSession() {
  return useQuery(sessionQuery);
}

/**
 * The tenant every call goes to right now, or null when none is connected (or the session is
 * still loading). Screens use `readOnly` to hide or disable their write controls:
 *
 *   const tenant = useActiveTenant();
 *   <Button disabled={tenant?.readOnly ?? true}>Save</Button>
 */
export function useActiveTenant(): TenantView | null {
  return useSession().data?.active ?? null;
}

/** The profile used most recently: the one Plugdesk tries to reconnect at start. */
export function lastUsedProfile(profiles: ProfileView[]): ProfileView | null {
  let latest: ProfileView | null = null;
  for (const profile of profiles) {
    if (profile.lastUsedAt !== null && (latest?.lastUsedAt ?? "") < profile.lastUsedAt) {
      latest = profile;
    }
  }
  return latest;
}

/** Starts the built-in demo network on this computer and connects to it; no token needed. */
export async function startDemo(): Promise<SessionStatus> {
  return unwrapResult(await commands.startDemo());
}
