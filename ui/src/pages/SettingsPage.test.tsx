import { mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { AppInfo } from "../api/bridge";
import { renderApp } from "../test/renderApp";
import { COLOR_SCHEME_STORAGE_KEY } from "../theme/colorScheme";

const APP_INFO: AppInfo = {
  name: "Plugdesk",
  version: "0.1.0",
  tauriVersion: "2.12.0",
  specVersion: "3.110.0",
  os: "linux",
  arch: "x86_64",
  debug: false,
};

function mockAppInfo(info: AppInfo) {
  mockIPC((command) => {
    if (command === "app_info") return info;
    throw new Error(`unexpected command ${command}`);
  });
}

describe("the settings page", () => {
  it("shows the versions and platform reported by the Rust side", async () => {
    mockAppInfo(APP_INFO);
    renderApp("/settings");
    expect(await screen.findByTestId("about-version")).toHaveTextContent("0.1.0");
    expect(screen.getByTestId("about-tauri-version")).toHaveTextContent("2.12.0");
    expect(screen.getByTestId("about-spec-version")).toHaveTextContent("3.110.0");
    expect(screen.getByTestId("about-os")).toHaveTextContent("linux (x86_64)");
    expect(screen.queryByTestId("about-debug")).not.toBeInTheDocument();
  });

  it("marks a debug build", async () => {
    mockAppInfo({ ...APP_INFO, debug: true });
    renderApp("/settings");
    expect(await screen.findByTestId("about-debug")).toHaveTextContent("Debug build");
  });

  it("explains in plain words when the app information cannot be read", async () => {
    mockIPC(() => {
      throw { kind: "internal", message: "state not managed" };
    });
    renderApp("/settings");
    const notice = await screen.findByTestId("error-notice");
    expect(notice).toHaveTextContent("Something went wrong inside Plugdesk");
    expect(notice).not.toHaveTextContent("undefined");
  });

  it("switches and remembers the theme", async () => {
    mockAppInfo(APP_INFO);
    const user = userEvent.setup();
    renderApp("/settings");
    const setting = await screen.findByTestId("theme-setting");
    expect(within(setting).getByLabelText("Follow system")).toBeChecked();

    await user.click(within(setting).getByText("Dark"));
    expect(within(setting).getByLabelText("Dark")).toBeChecked();
    expect(window.localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe("dark");
    expect(screen.getByTestId("theme-toggle")).toHaveAttribute("data-color-scheme", "dark");
  });
});
