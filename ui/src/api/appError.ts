// The error every fallible command returns, as serialised by `AppError` in
// src-tauri/src/error.rs (`#[serde(tag = "kind", rename_all = "camelCase")]`), whose unit
// test pins this exact JSON shape.
//
// Written by hand only because tauri-specta exports a type once a command uses it, and no
// exported command can fail yet. When one does, the generated bindings carry `AppError`, and
// this file should become `export type { AppError } from "../bindings";`.
export type AppError =
  | { kind: "unauthorized"; message: string }
  | { kind: "forbidden"; message: string }
  | { kind: "notFound"; message: string }
  | { kind: "validation"; message: string; errors: Partial<Record<string, string[]>> }
  | { kind: "rateLimited"; message: string; retryAfterSecs: number | null }
  | { kind: "server"; message: string; status: number }
  | { kind: "network"; message: string }
  | { kind: "timeout"; message: string }
  | { kind: "cancelled"; message: string }
  | { kind: "keychainUnavailable"; message: string; guidance: string }
  | { kind: "keychainLocked"; message: string; guidance: string }
  | { kind: "readOnlyProfile"; message: string }
  | { kind: "invalidRequest"; message: string }
  | { kind: "protocol"; message: string; status: number | null; rawBody: string }
  | { kind: "internal"; message: string };
