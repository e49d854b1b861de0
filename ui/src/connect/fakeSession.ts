// An in-memory stand-in for the session commands, for this module's unit tests: it answers
// the invoke calls of `mockIPC` the way the Rust side does, and records them.
import { mockIPC } from "@tauri-apps/api/mocks";
import type { AppError } from "../api/bridge";
import type { ProfileView, SessionStatus } from "../api/session";
import { previewTenantUrl } from "./tenantUrl";

export interface InvokeCall {
  command: string;
  args: Record<string, unknown>;
}

/** Answers one command instead of the fake; throw an `AppError` to fail it. */
type Override = (args: Record<string, unknown>) => unknown;

export interface FakeSession {
  status: SessionStatus;
  calls: InvokeCall[];
  /** Replaces the fake's answer to a command until deleted. */
  overrides: Partial<Record<string, Override>>;
  callsOf: (command: string) => Array<Record<string, unknown>>;
}

export function profile(name: string, overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: `id-${name.toLowerCase()}`,
    name,
    tenantUrl: `https://${name.toLowerCase()}.ampeco.tech`,
    color: "blue",
    readOnly: false,
    createdAt: "2026-01-01T00:00:00Z",
    lastUsedAt: null,
    ...overrides,
  };
}

export function appError(error: AppError): AppError {
  return error;
}

/** Each connection the fake makes is a new generation, as in Rust. */
let generations = 0;

function tenantOf(view: ProfileView) {
  generations += 1;
  return {
    profileId: view.id,
    name: view.name,
    tenantUrl: view.tenantUrl,
    color: view.color,
    readOnly: view.readOnly,
    demo: false,
    generation: generations,
  };
}

/** Installs the fake with `profiles` saved and `activeName` (if any) connected. */
export function installFakeSession(
  profiles: ProfileView[] = [],
  activeName: string | null = null,
): FakeSession {
  const active = profiles.find(({ name }) => name === activeName);
  const fake: FakeSession = {
    status: {
      active: active === undefined ? null : tenantOf(active),
      profiles: [...profiles],
      notice: null,
      restoreProblem: null,
    },
    calls: [],
    overrides: {},
    callsOf: (command) => fake.calls.filter((call) => call.command === command).map((c) => c.args),
  };

  function activate(id: string): SessionStatus {
    const found = fake.status.profiles.find((p) => p.id === id);
    if (found === undefined) {
      throw appError({ kind: "notFound", message: "No such profile." });
    }
    fake.status = { ...fake.status, active: tenantOf(found), restoreProblem: null };
    return fake.status;
  }

  const answers: Record<string, Override> = {
    session_status: () => fake.status,
    check_connection: ({ tenantUrl }) => {
      const url = previewTenantUrl(String(tenantUrl));
      return { tenantUrl: url, summary: `Connected to ${new URL(url ?? "").host}.` };
    },
    add_profile: ({ input }) => {
      const typed = input as { name: string; tenantUrl: string; color: string; readOnly: boolean };
      const added = profile(typed.name, {
        tenantUrl: previewTenantUrl(typed.tenantUrl) ?? typed.tenantUrl,
        color: typed.color,
        readOnly: typed.readOnly,
      });
      fake.status = { ...fake.status, profiles: [...fake.status.profiles, added] };
      return activate(added.id);
    },
    update_profile: ({ id, changes }) => {
      const { token: _token, ...visible } = changes as Partial<ProfileView> & { token?: string };
      const profiles = fake.status.profiles.map((p) => (p.id === id ? { ...p, ...visible } : p));
      fake.status = { ...fake.status, profiles };
      if (fake.status.active?.profileId === id) {
        return activate(String(id));
      }
      return fake.status;
    },
    delete_profile: ({ id }) => {
      const profiles = fake.status.profiles.filter((p) => p.id !== id);
      const active = fake.status.active?.profileId === id ? null : fake.status.active;
      fake.status = { ...fake.status, profiles, active };
      return fake.status;
    },
    activate_profile: ({ id }) => activate(String(id)),
    disconnect: () => {
      fake.status = { ...fake.status, active: null };
      return fake.status;
    },
  };

  mockIPC((command, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    fake.calls.push({ command, args: payload });
    const answer = fake.overrides[command] ?? answers[command];
    if (answer === undefined) {
      throw appError({ kind: "internal", message: `The fake has no ${command}.` });
    }
    return answer(payload);
  });
  return fake;
}
