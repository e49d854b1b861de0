import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { appError, installFakeSession, profile } from "../connect/fakeSession";
import { renderApp } from "../test/renderApp";

const DEMO_TENANT = {
  profileId: null,
  name: "Demo network",
  tenantUrl: "http://127.0.0.1:4010",
  color: "grape",
  readOnly: false,
  demo: true,
  generation: 1,
};

describe("the home page", () => {
  it("shows no welcome while the last profile reconnects, then that tenant's Home", async () => {
    const fake = installFakeSession([profile("Acme")], "Acme");
    let answer: (status: typeof fake.status) => void = () => {};
    fake.overrides.session_status = () => new Promise((resolve) => (answer = resolve));
    renderApp("/");
    expect(await screen.findByTestId("page-home-opening")).toHaveAttribute("aria-busy", "true");
    expect(screen.queryByTestId("home-connect")).toBeNull();
    answer(fake.status);
    expect(await screen.findByTestId("home-dashboard")).toBeInTheDocument();
    expect(screen.queryByTestId("page-home-opening")).toBeNull();
    expect(screen.queryByTestId("home-connect")).toBeNull();
  });

  it("leads to the connect page", async () => {
    installFakeSession();
    const user = userEvent.setup();
    const { history } = renderApp("/");
    const button = await screen.findByTestId("home-connect");
    expect(button).toBeEnabled();
    await user.click(button);
    expect(await screen.findByTestId("page-connect")).toHaveTextContent("API token");
    expect(history.location.pathname).toBe("/connect");
  });

  it("starts the demo network and shows it in the header", async () => {
    const fake = installFakeSession();
    fake.overrides.start_demo = () => {
      fake.status = { ...fake.status, active: DEMO_TENANT };
      return fake.status;
    };
    const user = userEvent.setup();
    renderApp("/");
    await user.click(await screen.findByTestId("home-demo"));
    expect(await screen.findByTestId("tenant-demo")).toHaveTextContent("DEMO");
    expect(screen.getByTestId("tenant-badge")).toHaveTextContent("Demo network");
    expect(fake.callsOf("start_demo")).toHaveLength(1);
  });

  it("explains why the demo network could not start, and tries again", async () => {
    const fake = installFakeSession();
    fake.overrides.start_demo = () => {
      throw appError({ kind: "internal", message: "The demo network could not start." });
    };
    const user = userEvent.setup();
    renderApp("/");
    await user.click(await screen.findByTestId("home-demo"));
    expect(await screen.findByTestId("home-demo-error")).toHaveTextContent(
      "The demo network could not start.",
    );
    await user.click(screen.getByTestId("error-retry"));
    await waitFor(() => expect(fake.callsOf("start_demo")).toHaveLength(2));
  });
});
