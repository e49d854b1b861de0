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

function mockAppInfo(
  info: AppInfo,
  retention: { days: number; saved: number[] } = { days: 90, saved: [] },
) {
  mockIPC((command, payload) => {
    if (command === "app_info") return info;
    if (command === "activity_retention") return retention.days;
    if (command === "set_activity_retention") {
      const days = (payload as { days: number }).days;
      retention.saved.push(days);
      retention.days = days;
      return days;
    }
    throw new Error(`unexpected command ${command}`);
  });
}

describe("the settings page", () => {
  it("shows how long the activity log keeps changes, 90 days by default, and changes it", async () => {
    const retention = { days: 90, saved: [] as number[] };
    mockAppInfo(APP_INFO, retention);
    renderApp("/settings");
    const input = await screen.findByTestId("setting-activity-retention");
    await screen.findByDisplayValue("90");
    await userEvent.clear(input);
    await userEvent.type(input, "30");
    await userEvent.click(screen.getByTestId("setting-activity-retention-save"));
    await screen.findByDisplayValue("30");
    expect(retention.saved).toEqual([30]);
  });

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
