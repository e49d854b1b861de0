import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

describe("the command palette", { timeout: 20_000 }, () => {
  it("opens with Ctrl+K and jumps to a resource", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/");
    await screen.findByTestId("page-home");
    await user.keyboard("{Control>}k{/Control}");
    const search = await screen.findByTestId("command-palette-search");
    await user.type(search, "tariff groups");
    await user.click(
      await screen.findByRole("button", { name: /Tariff groups/, hidden: true }, { timeout: 5000 }),
    );
    await waitFor(() => expect(history.location.pathname).toBe("/r/tariff-groups"));
  });

  it("jumps to a record by name and id", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp("/");
    await user.click(await screen.findByTestId("command-palette-open"));
    await user.type(await screen.findByTestId("command-palette-search"), "charge point 12");
    // The palette highlights the query inside the label, so match on the whole button text.
    const action = await waitFor(
      () => {
        const found = screen
          .getAllByRole("button", { hidden: true })
          .find((button) => button.textContent?.startsWith("Open charge point 12"));
        expect(found).toBeDefined();
        return found!;
      },
      { timeout: 5000 },
    );
    await user.click(action);
    await waitFor(() => expect(history.location.pathname).toBe("/r/charge-points/12"));
    expect(await screen.findByTestId("detail-charge-points")).toBeInTheDocument();
  });

  it("offers the actions of the actions module where the profile may write", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/");
    await user.click(await screen.findByTestId("command-palette-open"));
    await user.type(await screen.findByTestId("command-palette-search"), "change availability");
    await waitFor(
      () =>
        expect(
          screen
            .getAllByRole("button", { hidden: true })
            .some((button) => button.textContent?.startsWith("Run an action: Change availability")),
        ).toBe(true),
      { timeout: 5000 },
    );
  });
});
