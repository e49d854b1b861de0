import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";

describe("the home page", () => {
  it.each(["home-connect", "home-demo"])("%s leads to the connect page", async (testId) => {
    const user = userEvent.setup();
    const { history } = renderApp("/");
    const button = await screen.findByTestId(testId);
    expect(button).toBeEnabled();
    await user.click(button);
    expect(await screen.findByTestId("page-connect")).toHaveTextContent("API token");
    expect(history.location.pathname).toBe("/connect");
  });
});
