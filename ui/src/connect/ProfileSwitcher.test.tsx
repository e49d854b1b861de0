import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { appError, installFakeSession, profile } from "./fakeSession";

const PRODUCTION = profile("Production", { color: "red", lastUsedAt: "2026-02-02T00:00:00Z" });
const STAGING = profile("Staging", { color: "teal", readOnly: true });

describe("the profile switcher", () => {
  it("shows the active profile's name and colour, and marks a read-only profile", async () => {
    installFakeSession([PRODUCTION, STAGING], "Staging");
    renderApp("/");
    const badge = await screen.findByTestId("tenant-badge");
    await waitFor(() => expect(badge).toHaveTextContent(/^Staging$/));
    expect(badge).toHaveAttribute("data-color", "teal");
    expect(screen.getByTestId("tenant-read-only")).toHaveTextContent("read-only");
    expect(screen.queryByTestId("tenant-demo")).not.toBeInTheDocument();
  });

  it("marks the demo network", async () => {
    const fake = installFakeSession();
    fake.status.active = {
      profileId: null,
      name: "Demo network",
      tenantUrl: "http://127.0.0.1:4010",
      color: "grape",
      readOnly: false,
      demo: true,
      generation: 1,
    };
    renderApp("/");
    expect(await screen.findByTestId("tenant-demo")).toHaveTextContent("DEMO");
    expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Demo network");
  });

  it("switches to another profile and goes Home", async () => {
    const fake = installFakeSession([PRODUCTION, STAGING], "Production");
    const user = userEvent.setup();
    const { history } = renderApp("/settings");
    await waitFor(() => expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Production"));

    await user.click(screen.getByTestId("profile-switcher"));
    expect(await screen.findByTestId("profile-option-Production")).toHaveAttribute(
      "aria-current",
      "true",
    );
    await user.click(screen.getByTestId("profile-option-Staging"));

    await waitFor(() => expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Staging"));
    expect(fake.callsOf("activate_profile")).toEqual([{ id: STAGING.id }]);
    expect(history.location.pathname).toBe("/");
  });

  it("explains a locked keychain when switching, and Retry switches once it is unlocked", async () => {
    const fake = installFakeSession([PRODUCTION, STAGING], "Production");
    fake.overrides.activate_profile = () => {
      throw appError({
        kind: "keychainUnavailable",
        message: "No Secret Service provider is running.",
        guidance: "Install and unlock GNOME Keyring or KWallet, then press Retry.",
      });
    };
    const user = userEvent.setup();
    renderApp("/");
    await user.click(await screen.findByTestId("profile-switcher"));
    await user.click(await screen.findByTestId("profile-option-Staging"));

    expect(await screen.findByTestId("keychain-guidance")).toHaveTextContent("GNOME Keyring");
    expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Production");
    delete fake.overrides.activate_profile;
    await user.click(screen.getByTestId("keychain-retry"));
    await waitFor(() => expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Staging"));
    expect(fake.callsOf("activate_profile")).toEqual([{ id: STAGING.id }, { id: STAGING.id }]);
  });

  it("disconnects, keeping the profiles", async () => {
    const fake = installFakeSession([PRODUCTION], "Production");
    const user = userEvent.setup();
    renderApp("/");
    await user.click(await screen.findByTestId("profile-switcher"));
    await user.click(await screen.findByTestId("profile-disconnect"));
    await waitFor(() => expect(screen.getByTestId("tenant-badge")).toHaveTextContent("No tenant"));
    expect(fake.callsOf("disconnect")).toHaveLength(1);
    await user.click(screen.getByTestId("profile-switcher"));
    expect(await screen.findByTestId("profile-option-Production")).toBeInTheDocument();
  });

  it("opens the connect screen from Add tenant", async () => {
    installFakeSession([PRODUCTION], "Production");
    const user = userEvent.setup();
    const { history } = renderApp("/");
    await user.click(await screen.findByTestId("profile-switcher"));
    await user.click(await screen.findByTestId("profile-add"));
    expect(await screen.findByTestId("connect-form")).toBeInTheDocument();
    expect(history.location.pathname).toBe("/connect");
  });
});

describe("managing profiles", () => {
  async function openManager(user: ReturnType<typeof userEvent.setup>) {
    await user.click(await screen.findByTestId("profile-switcher"));
    await user.click(await screen.findByTestId("profile-manage"));
    return screen.findByTestId("profiles-manage");
  }

  it("deletes a profile only after a confirmation naming it and its address", async () => {
    const fake = installFakeSession([PRODUCTION, STAGING], "Production");
    const user = userEvent.setup();
    renderApp("/");
    const manager = await openManager(user);
    await user.click(within(manager).getByTestId("profile-delete-Staging"));

    expect(await screen.findByTestId("delete-confirmation")).toHaveTextContent(
      "Delete profile Staging (https://staging.ampeco.tech)? Its API token will be removed from this computer's keychain.",
    );
    expect(fake.callsOf("delete_profile")).toEqual([]);
    await user.click(screen.getByTestId("confirm-delete"));

    await waitFor(() => expect(fake.callsOf("delete_profile")).toEqual([{ id: STAGING.id }]));
    await waitFor(() =>
      expect(screen.queryByTestId("profile-delete-Staging")).not.toBeInTheDocument(),
    );
    expect(screen.getByTestId("profile-delete-Production")).toBeInTheDocument();
    expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Production");
  });

  it("deleting the active profile disconnects", async () => {
    installFakeSession([PRODUCTION, STAGING], "Production");
    const user = userEvent.setup();
    renderApp("/");
    const manager = await openManager(user);
    await user.click(within(manager).getByTestId("profile-delete-Production"));
    await user.click(await screen.findByTestId("confirm-delete"));
    await waitFor(() => expect(screen.getByTestId("tenant-badge")).toHaveTextContent("No tenant"));
  });

  it("sends only what was edited: a new name and a replacement token", async () => {
    const fake = installFakeSession([PRODUCTION, STAGING], "Production");
    const user = userEvent.setup();
    renderApp("/");
    const manager = await openManager(user);
    await user.click(within(manager).getByTestId("profile-edit-Production"));
    expect(screen.getByTestId("profile-edit-save")).toBeDisabled();
    await user.clear(screen.getByTestId("profile-edit-name"));
    await user.type(screen.getByTestId("profile-edit-name"), "Live");
    await user.type(screen.getByTestId("profile-edit-token"), "new-token");
    await user.click(screen.getByTestId("profile-edit-color-green"));
    await user.click(screen.getByTestId("profile-edit-save"));

    await waitFor(() => expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Live"));
    expect(fake.callsOf("update_profile")).toEqual([
      { id: PRODUCTION.id, changes: { name: "Live", color: "green", token: "new-token" } },
    ]);
    expect(await screen.findByTestId("profile-edit-Live")).toBeInTheDocument();
  });

  it("moves a profile to a new address only together with its token", async () => {
    const fake = installFakeSession([PRODUCTION, STAGING], "Production");
    const user = userEvent.setup();
    renderApp("/");
    const manager = await openManager(user);
    await user.click(within(manager).getByTestId("profile-edit-Production"));
    const url = screen.getByTestId("profile-edit-url");
    expect(url).toHaveValue(PRODUCTION.tenantUrl);
    await user.clear(url);
    await user.type(url, "newco.ampeco.tech/admin/login");
    expect(screen.getByTestId("profile-edit-url-normalised")).toHaveTextContent(
      "Plugdesk will connect to https://newco.ampeco.tech",
    );
    // The stored token belongs to the old address: saving waits for the new one.
    expect(screen.getByText("API token for the new address")).toBeInTheDocument();
    expect(screen.getByTestId("profile-edit-save")).toBeDisabled();
    await user.type(screen.getByTestId("profile-edit-token"), "newco-token");
    await user.click(screen.getByTestId("profile-edit-save"));
    await waitFor(() => expect(fake.callsOf("update_profile")).toHaveLength(1));
    expect(fake.callsOf("update_profile")).toEqual([
      {
        id: PRODUCTION.id,
        changes: { tenantUrl: "newco.ampeco.tech/admin/login", token: "newco-token" },
      },
    ]);
  });
});

describe("reconnecting at start", () => {
  it("shows why the last profile could not be reconnected, and Retry reconnects it", async () => {
    const fake = installFakeSession([PRODUCTION, STAGING]);
    fake.status.restoreProblem = "The login keyring is locked.";
    const user = userEvent.setup();
    renderApp("/");
    const problem = await screen.findByTestId("session-restore-problem");
    expect(problem).toHaveTextContent("Plugdesk could not reconnect to Production");
    expect(problem).toHaveTextContent("The login keyring is locked.");

    await user.click(within(problem).getByTestId("keychain-retry"));
    await waitFor(() => expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Production"));
    expect(fake.callsOf("activate_profile")).toEqual([{ id: PRODUCTION.id }]);
    expect(screen.queryByTestId("session-restore-problem")).not.toBeInTheDocument();
  });
});
