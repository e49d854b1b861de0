// The charting library, read once: by Home's first chart, or sooner on purpose.

/** The charting library's module; every chart on Home waits for the same one. */
export const loadCharts = () => import("@mantine/charts");

/**
 * Reads the charting library ahead of Home's first numbers. Reading it takes the window a
 * few hundred milliseconds on a slow machine; done while a saved profile reconnects, it is not
 * done just when Home's numbers come and the operator may be opening a list.
 */
export function preloadCharts(): void {
  void loadCharts();
}
