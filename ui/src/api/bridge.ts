// The one door from the webview to the Rust side. Screens call these functions, never `invoke`
// directly, so the command names and result shapes stay in the generated bindings.
import { commands, type AppInfo } from "../bindings";
import type { AppError } from "./appError";

export type { AppError, AppInfo };

/** The shape tauri-specta gives to commands that can fail. */
export type CommandResult<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

/** Carries an `AppError` through promise rejections, so TanStack Query can hold it. */
export class AppCommandError extends Error {
  readonly appError: AppError;

  constructor(appError: AppError) {
    super(appError.message);
    this.name = "AppCommandError";
    this.appError = appError;
  }
}

/** Turns a failing command's result into its data, or throws its error as `AppCommandError`. */
export function unwrapResult<T>(result: CommandResult<T>): T {
  if (result.status === "error") {
    throw new AppCommandError(result.error);
  }
  return result.data;
}

/** Name, versions and platform of the running app, for the About box. */
export function fetchAppInfo(): Promise<AppInfo> {
  return commands.appInfo();
}
