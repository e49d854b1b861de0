import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../test/renderWithProviders";
import { ALL_RESOURCES, findResource } from "../catalog/catalogIndex";
import { FilterBar } from "./FilterBar";
import { arrangeFilters, filterTarget, splitFilters } from "./filters";
import { installFakeTenant } from "./testing/fakeTenant";
import { RECENT_WINDOW_VALUE } from "./listSearch";
import { FORM_CONTROL_RULES, seriousViolations } from "../test/axe";

const noop = () => {};

describe("the filter bar", { timeout: 60_000 }, () => {
  it("renders for every listing of the catalog", () => {
    for (const resource of ALL_RESOURCES.filter((r) => r.operations.list !== null)) {
      const view = renderWithProviders(
        <FilterBar resource={resource} search={{}} onFilterChange={noop} onIncludeChange={noop} />,
      );
      for (const filter of resource.filters) {
        expect(
          screen.getByTestId(`filter-${filter.name}`),
          `${resource.key} ${filter.name}`,
        ).toBeInTheDocument();
      }
      view.unmount();
    }
  });

  it("pairs …After and …Before filters into one date-time range", () => {
    const sessions = findResource("sessions")!;
    const ranges = arrangeFilters(sessions.filters).filter((entry) => entry.kind === "range");
    expect(ranges.map((entry) => entry.kind === "range" && entry.range.label)).toEqual([
      "Ended",
      "Last updated",
      "Payment status updated",
      "Started",
    ]);
  });

  it("offers a fitting widget per filter type", () => {
    const sessions = findResource("sessions")!;
    renderWithProviders(
      <FilterBar
        resource={sessions}
        search={{ filter: { status: "active", startedAfter: "2026-03-01T10:00:00.000Z" } }}
        onFilterChange={noop}
        onIncludeChange={noop}
      />,
    );
    // An enum as a select showing the readable label, a date-time as a picker, text as text.
    expect(screen.getByTestId("filter-status")).toHaveValue("Active");
    expect(screen.getByTestId("filter-startedAfter").tagName).toBe("BUTTON");
    expect(screen.getByTestId("filter-idTag").tagName).toBe("INPUT");
  });

  it("reads the spec's string-typed yes/no and number filters as what they hold", () => {
    const subscriptions = findResource("subscriptions")!;
    renderWithProviders(
      <FilterBar
        resource={subscriptions}
        search={{ filter: { billedExternally: "true", planId: "7" } }}
        onFilterChange={noop}
        onIncludeChange={noop}
      />,
    );
    expect(screen.getByTestId("filter-billedExternally")).toHaveValue("Yes");
    // The plan is picked by name: until its name is known, it reads as its id.
    expect(screen.getByTestId("filter-planId")).toHaveValue("#7");
  });

  it("reads a string-typed number filter as a number", () => {
    renderWithProviders(
      <FilterBar
        resource={findResource("transactions")!}
        search={{ filter: { invoiceNumber: "7" } }}
        onFilterChange={noop}
        onIncludeChange={noop}
      />,
    );
    expect(screen.getByTestId("filter-invoiceNumber")).toHaveValue("7");
    expect(
      screen.getByTestId("filter-invoiceNumber").closest(".mantine-NumberInput-root"),
    ).not.toBeNull();
  });

  it("shows an operator's most used filters first and the rest behind More filters", () => {
    const names = (entries: ReturnType<typeof splitFilters>["top"]) =>
      entries.map((entry) =>
        entry.kind === "range" ? `range:${entry.range.label}` : entry.filter.name,
      );
    const sessions = splitFilters(findResource("sessions")!);
    expect(names(sessions.top)).toEqual(["range:Started", "status", "chargePointId", "userId"]);
    expect(names(sessions.more)).toContain("paymentStatus");
    expect(names(sessions.more)).not.toContain("status");
    // A listing the overlay does not list: statuses and types lead, four in all.
    const downtimes = splitFilters(findResource("charge-point-downtime-periods")!);
    expect(downtimes.top.length).toBeLessThanOrEqual(4);
    const all = [...downtimes.top, ...downtimes.more];
    expect(all).toHaveLength(
      arrangeFilters(findResource("charge-point-downtime-periods")!.filters).length,
    );
  });

  it("picks the record a reference filter names by name", () => {
    const sessions = findResource("sessions")!;
    const filter = (name: string) => sessions.filters.find((f) => f.name === name)!;
    expect(filterTarget(sessions, filter("chargePointId"))).toBe("charge-points");
    expect(filterTarget(sessions, filter("userId"))).toBe("users");
    expect(filterTarget(sessions, filter("status"))).toBeNull();
    expect(filterTarget(sessions, filter("idTag"))).toBeNull();
  });

  it("names a reference filter it was given before the picker is opened", async () => {
    const tenant = installFakeTenant();
    renderWithProviders(
      <FilterBar
        resource={findResource("charge-points")!}
        search={{ filter: { locationId: "100" } }}
        onFilterChange={noop}
        onIncludeChange={noop}
      />,
    );
    await waitFor(() =>
      expect(screen.getByTestId("filter-locationId")).toHaveValue("Munich Central · #100"),
    );
    // The field names the kind of record it picks, not its id.
    expect(screen.getAllByLabelText("Location")).toContain(screen.getByTestId("filter-locationId"));
    // Named through the names lookup, not by searching the listing.
    expect(tenant.nameCalls).toContainEqual({ read: "locationRead", ids: ["100"] });
  });

  it("names a date filter showing a date by its label and that date", async () => {
    const view = renderWithProviders(
      <FilterBar
        resource={findResource("sessions")!}
        search={{ filter: { startedAfter: RECENT_WINDOW_VALUE } }}
        onFilterChange={noop}
        onIncludeChange={noop}
      />,
    );
    const from = screen.getByTestId("filter-startedAfter");
    expect(from.textContent).toMatch(/^\d{4}-\d{2}-\d{2} 00:00$/);
    expect(from.getAttribute("aria-label")).toContain(from.textContent);
    expect(await seriousViolations(view.container, FORM_CONTROL_RULES)).toEqual([]);
  });
});
