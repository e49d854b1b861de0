import { act, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { TestIntersectionObserver } from "../test/intersectionObserver";
import { renderWithProviders } from "../test/renderWithProviders";
import { BarChart } from "./charts";

function skeletons(container: HTMLElement) {
  return container.querySelectorAll(".mantine-Skeleton-root").length;
}

describe("Home's bar charts", () => {
  beforeEach(() => {
    // Places are far from the view until the test says they came near.
    TestIntersectionObserver.inViewAtOnce = false;
  });

  it("are drawn only once their place comes near the view, and stay drawn", async () => {
    const { container } = renderWithProviders(
      <div data-testid="place">
        <BarChart
          h={120}
          data={[{ day: "Mon", energy: 3 }]}
          dataKey="day"
          series={[{ name: "energy", color: "blue" }]}
        />
      </div>,
    );
    await screen.findByTestId("place");
    // Far from the view: a placeholder only, however long it waits.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(skeletons(container)).toBe(1);

    act(() => TestIntersectionObserver.report(true));
    await waitFor(() => expect(skeletons(container)).toBe(0), { timeout: 5000 });

    act(() => TestIntersectionObserver.report(false));
    expect(skeletons(container)).toBe(0);
  });
});
