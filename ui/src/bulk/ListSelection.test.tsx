import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { installFakeTenant } from "../browse/testing/fakeTenant";
import { renderApp } from "../test/renderApp";

const boxes = () => screen.getAllByTestId("select-row") as HTMLInputElement[];
const firstRowId = () => screen.getAllByTestId("list-row")[0]?.getAttribute("data-record-id");

// Whole-app renders on a busy machine take seconds.
describe("selecting rows of a listing", { timeout: 60_000 }, () => {
  it("selects rows, Shift-click ranges and this page, and keeps them while paging", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/r/charge-points");
    await waitFor(() => expect(firstRowId()).toBe("1"), { timeout: 20_000 });
    expect(screen.queryByTestId("bulk-bar")).not.toBeInTheDocument();
    expect(boxes()[0]).toHaveAccessibleName("Select CP 001 (#1)");

    await user.click(boxes()[1]!);
    await user.keyboard("{Shift>}");
    await user.click(boxes()[4]!);
    await user.keyboard("{/Shift}");
    expect(screen.getByTestId("bulk-count")).toHaveTextContent("4 charge points selected");
    expect(
      boxes()
        .map((box) => box.checked)
        .slice(0, 6),
    ).toEqual([false, true, true, true, true, false]);

    // The next page: the four stay selected, and this page's 25 can be added.
    await user.click(screen.getByTestId("page-next"));
    await waitFor(() => expect(firstRowId()).toBe("26"), { timeout: 20_000 });
    expect(screen.getByTestId("bulk-count")).toHaveTextContent("4 charge points selected");
    await user.click(screen.getByTestId("select-page"));
    expect(screen.getByTestId("bulk-count")).toHaveTextContent("29 charge points selected");

    // The heading's box takes every loaded row away again.
    await user.click(screen.getByTestId("select-all-loaded"));
    expect(screen.getByTestId("bulk-count")).toHaveTextContent("4 charge points selected");
    await user.click(screen.getByTestId("select-none"));
    expect(screen.queryByTestId("bulk-bar")).not.toBeInTheDocument();
  });

  it("offers no selection to a read-only profile", async () => {
    installFakeTenant({ readOnly: true });
    renderApp("/r/charge-points");
    await waitFor(() => expect(firstRowId()).toBe("1"), { timeout: 20_000 });
    expect(screen.queryByTestId("select-row")).not.toBeInTheDocument();
    expect(screen.queryByTestId("select-all-loaded")).not.toBeInTheDocument();
  });
});
