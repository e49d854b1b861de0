import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../test/renderApp";
import { COLOR_SCHEME_STORAGE_KEY } from "../theme/colorScheme";
import { NAV_SECTIONS } from "../overlay/navigation";
import { ListPage } from "./lazyScreens";

describe("the app shell", () => {
  it("shows the title, the empty tenant badge, the theme toggle and the navigation", async () => {
    renderApp("/");
    expect(await screen.findByTestId("app-shell")).toBeInTheDocument();
    expect(screen.getByTestId("app-title")).toHaveTextContent("Plugdesk");
    expect(screen.getByTestId("tenant-badge")).toHaveTextContent("No tenant");
    expect(screen.getByTestId("theme-toggle")).toBeInTheDocument();
    const nav = screen.getByTestId("nav");
    for (const id of ["nav-home", "nav-activity", "nav-settings"]) {
      expect(within(nav).getByTestId(id)).toBeInTheDocument();
    }
    expect(await screen.findByTestId("page-home")).toBeInTheDocument();
  });

  it("loads the list and record screens' code once it has painted, before any is opened", async () => {
    const preload = vi.spyOn(ListPage, "preload");
    renderApp("/");
    await screen.findByTestId("page-home");
    await waitFor(() => expect(preload).toHaveBeenCalled());
    preload.mockRestore();
  });

  it("lists every resource group with its resources, each opening its list screen", async () => {
    const user = userEvent.setup();
    const { history } = renderApp("/");
    for (const { slug, label } of NAV_SECTIONS.filter((section) => section.slug !== "other")) {
      expect(await screen.findByTestId(`nav-section-${slug}`)).toHaveTextContent(label);
    }
    await user.click(screen.getByTestId("nav-section-network"));
    const link = await screen.findByTestId("nav-resource-charge-points");
    expect(link).toHaveTextContent("Charge points");
    await user.click(link);
    expect(await screen.findByTestId("list-charge-points")).toBeInTheDocument();
    expect(history.location.pathname).toBe("/r/charge-points");
  });

  it("navigates between Home, Activity and Settings and marks the current page", async () => {
    const user = userEvent.setup();
    const { history } = renderApp("/");
    await screen.findByTestId("page-home");
    expect(screen.getByTestId("nav-home")).toHaveAttribute("data-active", "true");

    await user.click(screen.getByTestId("nav-activity"));
    expect(await screen.findByTestId("page-activity")).toHaveTextContent(
      "Changes you make will be listed here",
    );
    expect(history.location.pathname).toBe("/activity");
    expect(screen.getByTestId("nav-activity")).toHaveAttribute("data-active", "true");
    expect(screen.getByTestId("nav-home")).not.toHaveAttribute("data-active");

    await user.click(screen.getByTestId("nav-settings"));
    expect(await screen.findByTestId("page-settings")).toBeInTheDocument();

    await user.click(screen.getByTestId("nav-home"));
    expect(await screen.findByTestId("page-home")).toBeInTheDocument();
  });

  it("cycles the theme follow system → light → dark and remembers the choice", async () => {
    const user = userEvent.setup();
    renderApp("/");
    const toggle = await screen.findByTestId("theme-toggle");
    expect(toggle).toHaveAttribute("data-color-scheme", "auto");
    expect(toggle).toHaveAccessibleName(/Follow system/);

    await user.click(toggle);
    expect(toggle).toHaveAttribute("data-color-scheme", "light");
    expect(document.documentElement).toHaveAttribute("data-mantine-color-scheme", "light");
    expect(window.localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe("light");

    await user.click(toggle);
    expect(toggle).toHaveAttribute("data-color-scheme", "dark");
    expect(document.documentElement).toHaveAttribute("data-mantine-color-scheme", "dark");

    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute("data-color-scheme", "auto"));
    expect(window.localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe("auto");
  });

  it("starts with the theme saved earlier", async () => {
    window.localStorage.setItem(COLOR_SCHEME_STORAGE_KEY, "dark");
    renderApp("/");
    expect(await screen.findByTestId("theme-toggle")).toHaveAttribute("data-color-scheme", "dark");
  });

  it("shows a not-found page inside the shell for an unknown address", async () => {
    const user = userEvent.setup();
    renderApp("/no/such/page");
    expect(await screen.findByTestId("page-not-found")).toBeInTheDocument();
    expect(screen.getByTestId("nav")).toBeInTheDocument();
    await user.click(screen.getByTestId("not-found-home"));
    expect(await screen.findByTestId("page-home")).toBeInTheDocument();
  });
});
