import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { appError, installFakeSession, profile } from "./fakeSession";

const TOKEN = "secret-token-123";

async function fillForm(user: ReturnType<typeof userEvent.setup>, url: string, token = TOKEN) {
  await user.type(await screen.findByTestId("connect-url"), url);
  await user.type(screen.getByTestId("connect-token"), token);
}

function fieldError(testId: string): string | null {
  const input = screen.getByTestId(testId);
  const id = input.getAttribute("aria-describedby") ?? "";
  const messages = id
    .split(" ")
    .map((part) => document.getElementById(part)?.textContent ?? "")
    .filter((text) => text !== "");
  return input.getAttribute("aria-invalid") === "true" ? messages.join(" ") : null;
}

describe("the connect screen", () => {
  it("shows the normalised address as the operator types and names the profile after the host", async () => {
    installFakeSession();
    const user = userEvent.setup();
    renderApp("/connect");
    await user.type(await screen.findByTestId("connect-url"), "acme.ampeco.tech/public-api/");
    expect(screen.getByTestId("connect-url-normalised")).toHaveTextContent(
      "Plugdesk will connect to https://acme.ampeco.tech",
    );
    expect(screen.getByTestId("connect-name")).toHaveValue("Acme");

    await user.clear(screen.getByTestId("connect-name"));
    await user.type(screen.getByTestId("connect-name"), "Production");
    await user.type(screen.getByTestId("connect-url"), "x");
    expect(screen.getByTestId("connect-name")).toHaveValue("Production");
  });

  it("reports a successful test with the tenant's summary and saves nothing", async () => {
    const fake = installFakeSession();
    const user = userEvent.setup();
    renderApp("/connect");
    await fillForm(user, "https://acme.ampeco.tech/admin");
    await user.click(screen.getByTestId("connect-test"));
    expect(await screen.findByTestId("connect-result")).toHaveTextContent(
      "Connected to acme.ampeco.tech.",
    );
    expect(fake.callsOf("check_connection")).toEqual([
      { tenantUrl: "https://acme.ampeco.tech/admin", token: TOKEN },
    ]);
    expect(fake.callsOf("add_profile")).toEqual([]);
  });

  it("explains a failed test, keeps every field, and offers Save anyway", async () => {
    const fake = installFakeSession();
    fake.overrides.check_connection = () => {
      throw appError({
        kind: "network",
        message: "The name acme.ampeco.test could not be found (DNS).",
      });
    };
    const user = userEvent.setup();
    const { history } = renderApp("/connect");
    await fillForm(user, "acme.ampeco.test");
    await user.click(screen.getByTestId("connect-color-red"));
    await user.click(screen.getByTestId("connect-test"));

    const error = await screen.findByTestId("connect-error");
    expect(error).toHaveTextContent("Plugdesk could not reach the tenant");
    expect(error).toHaveTextContent("could not be found (DNS)");
    expect(screen.getByTestId("connect-url")).toHaveValue("acme.ampeco.test");
    expect(screen.getByTestId("connect-token")).toHaveValue(TOKEN);
    expect(screen.getByTestId("connect-name")).toHaveValue("Acme");
    expect(screen.getByTestId("connect-color-red")).toHaveAttribute("aria-checked", "true");

    await user.click(screen.getByTestId("connect-save-anyway"));
    await waitFor(() => expect(history.location.pathname).toBe("/"));
    expect(fake.callsOf("add_profile")).toEqual([
      {
        input: {
          name: "Acme",
          tenantUrl: "acme.ampeco.test",
          color: "red",
          readOnly: false,
          token: TOKEN,
          skipTest: true,
        },
      },
    ]);
    expect(await screen.findByTestId("tenant-badge")).toHaveTextContent("Acme");
  });

  it("tests, saves and connects, then shows the new profile in the header on Home", async () => {
    const fake = installFakeSession([profile("Production", { color: "blue" })], "Production");
    const user = userEvent.setup();
    const { history } = renderApp("/connect");
    await fillForm(user, "staging.ampeco.tech");
    await user.click(screen.getByTestId("connect-read-only"));
    await user.click(screen.getByTestId("connect-save"));

    await waitFor(() => expect(history.location.pathname).toBe("/"));
    const badge = await screen.findByTestId("tenant-badge");
    await waitFor(() => expect(badge).toHaveTextContent("Staging"));
    expect(screen.getByTestId("tenant-read-only")).toBeInTheDocument();
    // A colour no other profile uses yet, so the two tenants look different.
    expect(fake.callsOf("add_profile")[0]).toMatchObject({
      input: { name: "Staging", color: "teal", readOnly: true, skipTest: false },
    });
  });

  it("puts the Rust side's validation messages on the fields they concern", async () => {
    const fake = installFakeSession();
    fake.overrides.add_profile = () => {
      throw appError({
        kind: "validation",
        message: "Some fields are invalid.",
        errors: {
          tenantUrl: ["Plain http:// is only allowed for this computer (localhost)."],
          name: ["A profile named Acme already exists."],
        },
      });
    };
    const user = userEvent.setup();
    renderApp("/connect");
    await fillForm(user, "http://acme.ampeco.tech");
    expect(screen.getByTestId("connect-url-normalised")).not.toHaveTextContent("connect to");
    await user.type(screen.getByTestId("connect-name"), "Acme");
    await user.click(screen.getByTestId("connect-save"));

    await waitFor(() =>
      expect(fieldError("connect-url")).toMatch(/only allowed for this computer/),
    );
    expect(fieldError("connect-name")).toMatch(/already exists/);
    expect(fieldError("connect-token")).toBeNull();
    expect(screen.queryByTestId("connect-error")).not.toBeInTheDocument();
    expect(screen.queryByTestId("connect-save-anyway")).not.toBeInTheDocument();
    expect(screen.getByTestId("connect-token")).toHaveValue(TOKEN);
  });

  it("explains an unavailable keychain with the OS guidance, and Retry saves once it is back", async () => {
    const fake = installFakeSession();
    let attempts = 0;
    fake.overrides.add_profile = () => {
      attempts += 1;
      throw appError({
        kind: "keychainLocked",
        message: "The login keyring is locked.",
        guidance: "Unlock the login keyring in Passwords and Keys, then press Retry.",
      });
    };
    const user = userEvent.setup();
    const { history } = renderApp("/connect");
    await fillForm(user, "acme.ampeco.tech");
    await user.click(screen.getByTestId("connect-save"));

    expect(await screen.findByTestId("keychain-guidance")).toHaveTextContent(
      "Unlock the login keyring in Passwords and Keys",
    );
    expect(screen.getByTestId("keychain-problem")).toHaveTextContent(
      "The login keyring is locked.",
    );
    expect(screen.queryByTestId("connect-save-anyway")).not.toBeInTheDocument();

    delete fake.overrides.add_profile;
    await user.click(screen.getByTestId("keychain-retry"));
    await waitFor(() => expect(history.location.pathname).toBe("/"));
    expect(attempts).toBe(1);
    expect(fake.callsOf("add_profile")).toHaveLength(2);
    expect(fake.callsOf("add_profile")[1]).toMatchObject({ input: { skipTest: false } });
  });

  it("disables the buttons while a test is in flight, so nothing is sent twice", async () => {
    const fake = installFakeSession();
    let finish: (value: unknown) => void = () => {};
    fake.overrides.check_connection = () =>
      new Promise((resolve) => {
        finish = resolve;
      });
    const user = userEvent.setup();
    renderApp("/connect");
    await fillForm(user, "acme.ampeco.tech");
    await user.click(screen.getByTestId("connect-test"));

    await waitFor(() => expect(screen.getByTestId("connect-test")).toBeDisabled());
    expect(screen.getByTestId("connect-save")).toBeDisabled();
    // The button says what is happening; it never goes blank.
    expect(screen.getByTestId("connect-test")).toHaveTextContent("Testing…");
    expect(screen.getByTestId("connect-save")).toHaveTextContent("Test and save");
    await user.click(screen.getByTestId("connect-test"));
    expect(fake.callsOf("check_connection")).toHaveLength(1);

    finish({ tenantUrl: "https://acme.ampeco.tech", summary: "Connected to acme." });
    expect(await screen.findByTestId("connect-result")).toHaveTextContent("Connected to acme.");
    expect(screen.getByTestId("connect-save")).toBeEnabled();
    expect(screen.getByTestId("connect-test")).toHaveTextContent("Test connection");
  });

  it("says it is testing and saving while Test and save runs", async () => {
    const fake = installFakeSession();
    fake.overrides.add_profile = () => new Promise(() => {});
    const user = userEvent.setup();
    renderApp("/connect");
    await fillForm(user, "acme.ampeco.tech");
    await user.click(screen.getByTestId("connect-save"));
    await waitFor(() =>
      expect(screen.getByTestId("connect-save")).toHaveTextContent("Testing and saving…"),
    );
    expect(screen.getByTestId("connect-save")).toBeDisabled();
  });

  it("offers Save anyway after the tenant refuses the token, but not before any test", async () => {
    const fake = installFakeSession();
    fake.overrides.check_connection = () => {
      throw appError({ kind: "unauthorized", message: "The tenant rejected this API token." });
    };
    const user = userEvent.setup();
    renderApp("/connect");
    await fillForm(user, "acme.ampeco.tech");
    expect(screen.queryByTestId("connect-save-anyway")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("connect-test"));
    const error = await screen.findByTestId("connect-error");
    expect(within(error).getByTestId("error-detail")).toHaveTextContent("rejected this API token");
    expect(screen.getByTestId("connect-save-anyway")).toBeEnabled();
  });
});
