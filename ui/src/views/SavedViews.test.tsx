import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { SavedView } from "../api/savedViews";
import { installFakeTenant } from "../browse/testing/fakeTenant";
import { renderApp } from "../test/renderApp";
import { fakeViews } from "./testing/fakeViews";

const PUBLIC_CHARGERS: SavedView = {
  id: 7,
  name: "Public chargers",
  pinned: false,
  state: {
    resource: "charge-points",
    filter: { type: "public" },
    include: [],
    path: {},
    columns: ["name", "type"],
    columnWidths: { name: 333 },
    perPage: 10,
  },
};

const columnIds = () =>
  screen
    .getAllByRole("columnheader")
    .map((header) => header.querySelector("[data-testid^='sort-']")?.getAttribute("data-testid"))
    .filter((id) => id !== undefined && id !== null);

/** How long a whole-app render may take to show something on a busy machine. */
const SLOW = { timeout: 10_000 };

async function listShown() {
  await waitFor(() => expect(screen.getAllByTestId("list-row").length).toBeGreaterThan(0), SLOW);
}

// Whole-app renders on a busy machine take seconds; each test here renders the app twice over.
describe("saved views", { timeout: 60_000 }, () => {
  it("saves the list's filters, columns and page size under a name", async () => {
    const views = fakeViews();
    installFakeTenant({ views });
    const user = userEvent.setup();
    renderApp("/r/charge-points?filter=%7B%22type%22%3A%22public%22%7D&perPage=50");
    await listShown();

    await user.click(screen.getByTestId("save-view"));
    await user.type(await screen.findByTestId("view-name", {}, SLOW), "  Public chargers ");
    await user.click(screen.getByTestId("view-name-save"));

    expect(await screen.findByTestId("view-menu", {}, SLOW)).toHaveTextContent("Public chargers");
    expect(views.views).toHaveLength(1);
    const saved = views.views[0]!;
    expect(saved.name).toBe("Public chargers");
    expect(saved.state).toMatchObject({
      resource: "charge-points",
      filter: { type: "public" },
      perPage: 50,
      columns: null,
    });
    // The sidebar lists it under the connected tenant.
    const nav = await screen.findByTestId(`nav-view-${saved.id}`, {}, SLOW);
    expect(nav).toHaveTextContent("Public chargers");
  });

  it("says a taken name under the field and keeps what was typed", async () => {
    installFakeTenant({ views: fakeViews([PUBLIC_CHARGERS]) });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await listShown();

    await user.click(screen.getByTestId("save-view"));
    const name = await screen.findByTestId("view-name", {}, SLOW);
    await user.type(name, "public CHARGERS");
    await user.click(screen.getByTestId("view-name-save"));

    const form = screen.getByTestId("view-name-form");
    expect(await within(form).findByText(/already exists for this tenant/)).toBeInTheDocument();
    expect(name).toHaveValue("public CHARGERS");
    expect(screen.queryByTestId("view-menu")).not.toBeInTheDocument();
  });

  it("opens a view from the sidebar with its filters, columns, widths and page size", async () => {
    const tenant = installFakeTenant({ views: fakeViews([PUBLIC_CHARGERS]) });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await listShown();
    expect(columnIds()).not.toEqual(["sort-name", "sort-type"]);

    await user.click(await screen.findByTestId("nav-view-7", {}, SLOW));

    await waitFor(() => expect(columnIds()).toEqual(["sort-name", "sort-type"]), SLOW);
    expect(screen.getByTestId("filter-chip-type")).toBeInTheDocument();
    // The first column of values: the selection's checkboxes come before it.
    const nameHeader = screen
      .getByTestId("sort-name")
      .closest<HTMLElement>('[role="columnheader"]')!;
    expect(nameHeader.style.width).toBe("333px");
    await waitFor(
      () =>
        expect(tenant.listCalls.at(-1)?.query).toMatchObject({
          filter: { type: "public" },
          perPage: 10,
        }),
      SLOW,
    );
    expect(screen.getByTestId("view-menu")).toHaveTextContent("Public chargers");
    expect(screen.getByTestId("nav-view-7")).toHaveAttribute("data-active", "true");
  });

  it("saves changes to the open view", async () => {
    const views = fakeViews([PUBLIC_CHARGERS]);
    installFakeTenant({ views });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await user.click(await screen.findByTestId("nav-view-7", {}, SLOW));
    await listShown();
    await waitFor(() => expect(columnIds()).toEqual(["sort-name", "sort-type"]), SLOW);

    // Without its filter the list now differs from what was saved.
    await user.click(screen.getByTestId("filter-chip-remove-type"));
    await waitFor(
      () => expect(screen.queryByTestId("filter-chip-type")).not.toBeInTheDocument(),
      SLOW,
    );
    await user.click(screen.getByTestId("view-menu"));
    await user.click(await screen.findByTestId("view-update", {}, SLOW));

    await waitFor(() => expect(views.views[0]!.state.filter).toEqual({}), SLOW);
    expect(views.views[0]!.state.columns).toEqual(["name", "type"]);
    expect(views.views[0]!.name).toBe("Public chargers");
  });

  it("renames a view and deletes it after a question naming it", async () => {
    const views = fakeViews([PUBLIC_CHARGERS]);
    installFakeTenant({ views });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await user.click(await screen.findByTestId("nav-view-7", {}, SLOW));
    await listShown();

    await user.click(await screen.findByTestId("view-menu", {}, SLOW));
    await user.click(await screen.findByTestId("view-rename", {}, SLOW));
    const name = await screen.findByTestId("view-name", {}, SLOW);
    expect(name).toHaveValue("Public chargers");
    await user.clear(name);
    await user.type(name, "Public, all sites");
    await user.click(screen.getByTestId("view-name-save"));
    await waitFor(
      () => expect(screen.getByTestId("nav-view-7")).toHaveTextContent("Public, all sites"),
      SLOW,
    );
    expect(views.views[0]!.name).toBe("Public, all sites");

    await user.click(screen.getByTestId("view-menu"));
    await user.click(await screen.findByTestId("view-delete", {}, SLOW));
    const dialog = await screen.findByTestId("confirm-dialog", {}, SLOW);
    expect(dialog).toHaveTextContent("Delete the view “Public, all sites”?");
    // Cancel keeps it; the second time it goes.
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(views.views).toHaveLength(1);
    await user.click(screen.getByTestId("view-menu"));
    await user.click(await screen.findByTestId("view-delete", {}, SLOW));
    await user.click(await screen.findByTestId("confirm-yes", {}, SLOW));

    await waitFor(() => expect(views.views).toHaveLength(0), SLOW);
    await waitFor(() => expect(screen.queryByTestId("nav-view-7")).not.toBeInTheDocument(), SLOW);
    expect(await screen.findByTestId("save-view", {}, SLOW)).toBeInTheDocument();
    // The list stays as it was: only the saved view went.
    expect(screen.getByTestId("filter-chip-type")).toBeInTheDocument();
  });

  it("renames and deletes a view from its menu in the sidebar, with the keyboard", async () => {
    const views = fakeViews([PUBLIC_CHARGERS, { ...PUBLIC_CHARGERS, id: 8, name: "Depots" }]);
    installFakeTenant({ views });
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await screen.findByTestId("nav-view-7", {}, SLOW);

    // The menu's button says which view it is for, and opens from the keyboard.
    const menu = screen.getByRole("button", { name: "Options for the view “Public chargers”" });
    menu.focus();
    await user.keyboard("{Enter}");
    const rename = await screen.findByTestId("saved-view-rename-7", {}, SLOW);
    expect(rename).toHaveAccessibleName(/Rename view/);
    rename.focus();
    await user.keyboard("{Enter}");
    const name = await screen.findByTestId("view-name", {}, SLOW);
    expect(name).toHaveValue("Public chargers");
    await user.clear(name);
    await user.type(name, "Public, all sites{Enter}");
    await waitFor(
      () => expect(screen.getByTestId("nav-view-7")).toHaveTextContent("Public, all sites"),
      SLOW,
    );
    expect(views.views.find((view) => view.id === 7)?.name).toBe("Public, all sites");

    screen.getByRole("button", { name: "Options for the view “Public, all sites”" }).focus();
    await user.keyboard("{Enter}");
    const remove = await screen.findByTestId("saved-view-delete-7", {}, SLOW);
    remove.focus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByTestId("confirm-dialog", {}, SLOW);
    expect(dialog).toHaveTextContent("Delete the view “Public, all sites”?");
    await user.click(within(dialog).getByTestId("confirm-yes"));

    await waitFor(() => expect(screen.queryByTestId("nav-view-7")).not.toBeInTheDocument(), SLOW);
    expect(views.views.map((view) => view.name)).toEqual(["Depots"]);
    // Only the view asked about went; the list screen stays where it was.
    expect(screen.getByTestId("nav-view-8")).toBeInTheDocument();
    expect(screen.getByTestId("list-charge-points")).toBeInTheDocument();
  });

  it("opens a view from Search…", async () => {
    installFakeTenant({ views: fakeViews([PUBLIC_CHARGERS]) });
    const user = userEvent.setup();
    const { history } = renderApp("/r/charge-points");
    await screen.findByTestId("nav-view-7", {}, SLOW);
    expect(screen.queryByTestId("filter-chip-type")).not.toBeInTheDocument();
    await user.click(screen.getByTestId("command-palette-open"));
    await user.type(await screen.findByTestId("command-palette-search", {}, SLOW), "public char");
    await user.click(await screen.findByText("Saved view · Charge points", {}, SLOW));
    await waitFor(() => expect(history.location.search).toContain("view=7"), SLOW);
    await listShown();
    expect(await screen.findByTestId("filter-chip-type", {}, SLOW)).toBeInTheDocument();
  });
});
