import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import { AppCommandError, fetchAppInfo, unwrapResult, type AppInfo } from "./bridge";

const APP_INFO: AppInfo = {
  name: "Plugdesk",
  version: "0.1.0",
  tauriVersion: "2.12.0",
  specVersion: "3.110.0",
  os: "linux",
  arch: "x86_64",
  debug: true,
};

describe("fetchAppInfo", () => {
  it("asks the Rust side through the app_info command", async () => {
    const calls: string[] = [];
    mockIPC((command) => {
      calls.push(command);
      return APP_INFO;
    });
    await expect(fetchAppInfo()).resolves.toEqual(APP_INFO);
    expect(calls).toEqual(["app_info"]);
  });
});

describe("unwrapResult", () => {
  it("returns the data of a successful result", () => {
    expect(unwrapResult({ status: "ok", data: 7 })).toBe(7);
  });

  it("throws the error of a failed result as an AppCommandError", () => {
    const failing = () =>
      unwrapResult({ status: "error", error: { kind: "network", message: "down" } as never });
    expect(failing).toThrow(AppCommandError);
    expect(failing).toThrow("down");
  });
});
