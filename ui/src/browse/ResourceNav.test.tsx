import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DAILY_RESOURCES, NAV_SECTIONS } from "../overlay/navigation";
import { renderApp } from "../test/renderApp";
import { ALL_RESOURCES, findResource } from "../catalog/catalogIndex";
import { groupOf, navEntries } from "./navModel";
import { installFakeTenant } from "./testing/fakeTenant";

describe("navigation from the catalog", { timeout: 20_000 }, () => {
  it("lists every current top-level listing once, in a known group", () => {
    const entries = navEntries(false);
    const keys = entries.map((entry) => entry.resource.key);
    expect(new Set(keys).size).toBe(keys.length);
    const expected = ALL_RESOURCES.filter(
      (r) => r.parent === null && r.operations.list !== null && !r.deprecated,
    );
    for (const resource of expected) expect(keys).toContain(resource.key);
    const slugs = NAV_SECTIONS.map((section) => section.slug).filter((slug) => slug !== "other");
    for (const entry of entries)
      expect(slugs, entry.resource.key).toContain(groupOf(entry.resource));
    expect(keys.some((key) => key.includes("."))).toBe(false);
  });

  it("puts an older API version in its current version's group", () => {
    const group = (key: string) => groupOf(findResource(key)!);
    expect(group("charge-points-v1-0")).toBe(group("charge-points"));
    expect(group("vouchers-v2-0")).toBe(group("vouchers"));
    expect(group("charge-points")).not.toBe("other");
  });

  it("shows older API versions only when the setting is on, marked with their replacement", () => {
    expect(navEntries(false).some((entry) => entry.resource.deprecated)).toBe(false);
    const older = navEntries(true).find((entry) => entry.resource.key === "cp-models");
    expect(older?.replacement).toBe("Charge point models");
  });

  it("makes every resource reachable from the sidebar", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/");
    for (const section of NAV_SECTIONS.filter((s) => s.slug !== "other")) {
      await user.click(await screen.findByTestId(`nav-section-${section.slug}`));
    }
    for (const entry of navEntries(false)) {
      expect(screen.getByTestId(`nav-resource-${entry.resource.key}`)).toHaveTextContent(
        entry.label,
      );
    }
  });

  it("has one search, a Daily group on top that the operator can change", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/settings");
    const nav = await screen.findByTestId("nav");
    expect(within(nav).queryByTestId("nav-search")).not.toBeInTheDocument();
    expect(within(nav).getByTestId("command-palette-open")).toHaveTextContent("Search");
    const daily = within(nav).getByTestId("nav-section-daily");
    for (const key of DAILY_RESOURCES) {
      expect(within(nav).getByTestId(`nav-daily-${key}`)).toBeInTheDocument();
    }
    expect(nav.textContent?.indexOf("Daily")).toBeLessThan(nav.textContent!.indexOf("Network"));
    expect(daily).toBeInTheDocument();
    // The app's own settings and the tenant's read differently.
    expect(within(nav).getByTestId("nav-settings")).toHaveTextContent("App settings");
    expect(navEntries(false).find((e) => e.resource.key === "settings")?.label).toBe(
      "Tenant settings",
    );

    await user.click(screen.getByTestId("setting-daily-resources"));
    await user.click(await screen.findByRole("option", { name: "Tariffs", hidden: true }));
    expect(await within(nav).findByTestId("nav-daily-tariffs")).toBeInTheDocument();
  });

  it("shows older versions once the Settings toggle is on", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    renderApp("/settings");
    await user.click(await screen.findByTestId("setting-show-older-versions"));
    await user.click(screen.getByTestId("nav-section-network"));
    expect(await screen.findByTestId("nav-deprecated-cp-models")).toBeInTheDocument();
  });

  it("opens a listing clean, without the filters used last time", async () => {
    installFakeTenant();
    const user = userEvent.setup();
    const { history } = renderApp(
      `/r/charge-points?filter=${encodeURIComponent(JSON.stringify({ name: "x" }))}`,
    );
    await screen.findByTestId("filter-chip-name");
    await user.click(screen.getByTestId("nav-section-network"));
    await user.click(await screen.findByTestId("nav-resource-charge-points"));
    await waitFor(() => expect(screen.queryByTestId("filter-chip-name")).not.toBeInTheDocument());
    expect(history.location.search).toBe("");
  });
});
