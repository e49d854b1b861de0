import { act, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../test/renderWithProviders";
import { BarChart } from "./charts";

// An observer that reports nothing until the test says the place came near the view.
let reportNear: ((near: boolean) => void) | undefined;
const observerInSetup = window.IntersectionObserver;

class HeldIntersectionObserver {
  readonly root = null;
  readonly rootMargin = "0px";
  readonly thresholds = [0];
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    reportNear = (near) => {
      const entry = { target, isIntersecting: near, intersectionRatio: near ? 1 : 0 };
      this.callback([entry as unknown as IntersectionObserverEntry], this);
    };
  }
  unobserve() {}
  disconnect() {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

function skeletons(container: HTMLElement) {
  return container.querySelectorAll(".mantine-Skeleton-root").length;
}

describe("Home's bar charts", () => {
  beforeEach(() => {
    window.IntersectionObserver = HeldIntersectionObserver;
  });
  afterEach(() => {
    window.IntersectionObserver = observerInSetup;
    reportNear = undefined;
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

    act(() => reportNear?.(true));
    await waitFor(() => expect(skeletons(container)).toBe(0), { timeout: 5000 });

    act(() => reportNear?.(false));
    expect(skeletons(container)).toBe(0);
  });
});
