// Load all keeps its records on the Rust side (the fake tenant stands in for its row store):
// the window shows them from light copies of the fields it reads, asks for whole records only
// for rows whose buttons show, and forgets them when the listing leaves the screen.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { installFakeTenant } from "./testing/fakeTenant";

const rowIds = () =>
  screen.getAllByTestId("list-row").map((row) => row.getAttribute("data-record-id"));
const tableRowCount = () =>
  Number(screen.getByTestId("record-table").getAttribute("aria-rowcount"));

/** The charge points list with all `count` of them loaded by Load all. */
async function loadAllChargePoints(count: number) {
  const tenant = installFakeTenant({ chargePointCount: count });
  const user = userEvent.setup();
  const { history } = renderApp("/r/charge-points");
  await waitFor(() => expect(rowIds()[0]).toBe("1"));
  await user.click(screen.getByTestId("load-all"));
  await waitFor(() =>
    expect(screen.getByTestId("loaded-count")).toHaveTextContent(`All ${count} loaded`),
  );
  return { tenant, user, history };
}

describe("records Load all kept", { timeout: 30_000 }, () => {
  it("are kept outside the window, sorted by light copies and drawn whole in view", async () => {
    const { tenant, user } = await loadAllChargePoints(60);
    expect(tableRowCount()).toBe(60);

    // The first page stays in the window; the other 35 records are kept under one key.
    const [kept] = [...tenant.kept.values()];
    expect(tenant.kept.size).toBe(1);
    expect(kept?.map((record) => record.id)).toEqual(
      Array.from({ length: 35 }, (_, index) => index + 26),
    );
    // The copies hold what sorting and selecting reads (the id, the name, the sorted column),
    // not the other columns, nor secrets.
    const fields = tenant.keptFieldCalls.at(-1) ?? [];
    expect(fields).toEqual(expect.arrayContaining(["id", "name"]));
    for (const field of ["status", "type", "pin", "evses"]) expect(fields).not.toContain(field);

    // Sorting covers the kept records too: the last one comes first.
    await user.click(screen.getByTestId("sort-id"));
    await waitFor(() => expect(rowIds()[0]).toBe("60"));
    expect(tenant.keptFieldCalls.at(-1)).toContain("id");
    // Its row is drawn from the whole record, asked of the store by its place there as it
    // came into view: its status is not in the copy.
    expect(tenant.keptRecordCalls.flat()).toContain(34);
    const top = () => screen.getAllByTestId("list-row")[0] as HTMLElement;
    await waitFor(() => expect(top()).toHaveTextContent("Out of order"));
    expect(top()).toHaveTextContent("CP 060");
    expect(await within(top()).findByTestId("actions-menu")).toBeInTheDocument();
    // Only the rows shown (and a margin) were asked for, not every kept record.
    expect(new Set(tenant.keptRecordCalls.flat()).size).toBeLessThan(35);
  });

  it("are forgotten when the listing leaves the screen", async () => {
    const { tenant, history } = await loadAllChargePoints(60);
    expect(tableRowCount()).toBe(60);
    expect(tenant.kept.size).toBe(1);

    history.push("/r/charge-point-vendors");
    await waitFor(() => expect(tenant.kept.size).toBe(0));
  });

  it("are loaded again by a refresh, under a new key", async () => {
    const { tenant, user } = await loadAllChargePoints(200);
    const keyBefore = [...tenant.kept.keys()][0];
    const callsBefore = tenant.listCalls.length;

    await user.click(screen.getByTestId("list-refresh"));
    await waitFor(() => expect(tenant.listCalls.length).toBe(callsBefore * 2));
    await waitFor(() =>
      expect(screen.getByTestId("loaded-count")).toHaveTextContent("All 200 loaded"),
    );
    // The old records were dropped, the new ones kept under a new key.
    expect([...tenant.kept.keys()]).toHaveLength(1);
    expect([...tenant.kept.keys()][0]).not.toBe(keyBefore);
    expect(tableRowCount()).toBe(200);
  });
});
