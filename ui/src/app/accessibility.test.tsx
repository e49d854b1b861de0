// axe-core on the screens and components every page is built from: the listing, a record,
// its edit form (rjsf widgets included), the palette, the shortcuts dialog and the frame
// around them (actions/accessibility.test.tsx checks the action dialogs). Colour contrast needs a real window: the
// end-to-end pass (e2e/specs/a11y.test.mjs) checks it.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { installFakeTenant } from "../browse/testing/fakeTenant";
import { seriousViolations } from "../test/axe";
import { renderApp } from "../test/renderApp";

describe("accessibility of the screens", { timeout: 30_000 }, () => {
  it("the frame has a skip link, one banner, navigation and main", async () => {
    installFakeTenant();
    renderApp("/");
    const skip = await screen.findByTestId("skip-to-content");
    expect(skip).toHaveTextContent("Skip to content");
    await userEvent.click(skip);
    expect(document.activeElement).toHaveAttribute("id", "main-content");
    expect(screen.getAllByRole("banner")).toHaveLength(1);
    expect(screen.getAllByRole("main")).toHaveLength(1);
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it("the listing: a named table, rows reached by arrow keys, no serious violations", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(5));
    expect(screen.getByRole("table", { name: "Charge points" })).toBeInTheDocument();
    const rows = screen.getAllByTestId("list-row");
    rows[0]!.focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(screen.getAllByTestId("list-row")[1]);
    expect(await seriousViolations()).toEqual([]);
  });

  it("a record: fields, nested table and raw JSON", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points/3");
    await screen.findByTestId("detail-field-evses");
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByTestId("detail-tab-raw"));
    await screen.findByTestId("detail-raw-json");
    expect(await seriousViolations()).toEqual([]);
  });

  it("the edit form and its widgets", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points/3");
    await user.click(await screen.findByTestId("edit-button"));
    const form = await screen.findByTestId("record-form");
    await waitFor(() => expect(within(form).getAllByRole("textbox").length).toBeGreaterThan(0));
    expect(await seriousViolations()).toEqual([]);
  });

  it("the command palette and the keyboard shortcuts dialog", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/");
    await user.click(await screen.findByTestId("command-palette-open"));
    await screen.findByTestId("command-palette-search");
    expect(await seriousViolations()).toEqual([]);
    await user.keyboard("{Escape}");
    // "?" typed while the palette's search still has focus is text, not a shortcut.
    await waitFor(() =>
      expect(screen.queryByTestId("command-palette-search")).not.toBeInTheDocument(),
    );
    await user.keyboard("?");
    const shortcuts = await screen.findByTestId("keyboard-shortcuts");
    expect(shortcuts).toHaveTextContent("Ctrl");
    // A dialog takes its name from its title once the title has mounted, and the palette's
    // leaves as it fades out: the check is of the dialog as it stays, the only one open.
    await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    await waitFor(() => expect(screen.getAllByRole("dialog")).toHaveLength(1));
    expect(await seriousViolations()).toEqual([]);
  });
});
