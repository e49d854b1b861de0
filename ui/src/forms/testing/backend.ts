// A stand-in for the Rust side in form tests: answers the commands forms call, with the real
// request-body schemas read from the generated file, and records every write it receives.
import { mockIPC } from "@tauri-apps/api/mocks";
import { readRepositoryFile } from "./repoFiles";

const schemas = JSON.parse(
  readRepositoryFile("crates/ampeco/src/generated/request_schemas.json"),
) as Record<string, unknown>;

export const requestSchemaIds: string[] = Object.keys(schemas).filter(
  (key) => !key.startsWith("$"),
);

export function requestSchemaOf(operationId: string): unknown {
  return schemas[operationId] ?? null;
}

export interface Call {
  command: string;
  args: Record<string, unknown>;
}

type Handler = (args: Record<string, unknown>) => unknown;

export interface BackendOptions {
  readOnly?: boolean;
  /** Per-command answers; an answer that throws becomes the command's error. */
  handlers?: Record<string, Handler>;
}

export function mockBackend(options: BackendOptions = {}): Call[] {
  const calls: Call[] = [];
  const defaults: Record<string, Handler> = {
    session_status: () => ({
      active: {
        profileId: "p1",
        name: "Test tenant",
        tenantUrl: "https://tenant.example",
        color: "blue",
        readOnly: options.readOnly ?? false,
        demo: false,
        generation: 1,
      },
      profiles: [],
      notice: null,
      restoreProblem: null,
    }),
    request_body_schema: (args) => requestSchemaOf(String(args.operationId)),
    validate_request_body: () => null,
    list_records: () => ({ records: [], next: null, total: 0, meta: null }),
    create_record: () => ({ status: 201, body: { data: { id: 1 } } }),
    update_record: () => ({ status: 200, body: { data: { id: 1 } } }),
    delete_record: () => ({ status: 204, body: null }),
    run_action: () => ({ status: 202, body: null }),
    cancel_request: () => true,
  };
  const handlers = { ...defaults, ...options.handlers };
  mockIPC((command, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ command, args });
    const handler = handlers[command];
    if (handler === undefined) throw { kind: "internal", message: `no mock for ${command}` };
    return handler(args);
  });
  return calls;
}

export function writesOf(calls: Call[]): Call[] {
  return calls.filter((call) =>
    ["create_record", "update_record", "delete_record", "run_action"].includes(call.command),
  );
}
