// Home's charts. The charting library is about a quarter of the window's script: the app shell
// paints without it, and it is read once the shell has painted (`loadCharts.ts`).
import type { BarChartProps, DonutChartProps } from "@mantine/charts";
import { Skeleton } from "@mantine/core";
import { lazy, Suspense, useDeferredValue } from "react";
import { loadCharts } from "./loadCharts";

const LoadedBarChart = lazy(() => loadCharts().then((charts) => ({ default: charts.BarChart })));
const LoadedDonutChart = lazy(() =>
  loadCharts().then((charts) => ({ default: charts.DonutChart })),
);

/**
 * False at first, true in a second render at low priority: a chart is drawn after what the
 * operator asked for. Drawing Home's charts is the window's heaviest work when Home's numbers
 * come, just after Plugdesk starts; a list opened then is not kept waiting behind it.
 */
function useDrawnAfterUrgentWork(): boolean {
  return useDeferredValue(true, false);
}

export function BarChart(props: BarChartProps) {
  if (!useDrawnAfterUrgentWork()) return <Skeleton h={props.h} aria-hidden />;
  return (
    <Suspense fallback={<Skeleton h={props.h} aria-hidden />}>
      <LoadedBarChart {...props} />
    </Suspense>
  );
}

export function DonutChart(props: DonutChartProps) {
  if (!useDrawnAfterUrgentWork()) return <Skeleton circle height={props.size} aria-hidden />;
  return (
    <Suspense fallback={<Skeleton circle height={props.size} aria-hidden />}>
      <LoadedDonutChart {...props} />
    </Suspense>
  );
}
