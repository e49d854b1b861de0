// The charting library, read once, by the first of Home's bar charts to come near the view.

/** The charting library's module; every chart on Home waits for the same one. */
export const loadCharts = () => import("@mantine/charts");
