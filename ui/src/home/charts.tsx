// Home's charts, loaded the first time Home shows one: the charting library is about a quarter
// of the window's script, and the app shell should not wait for it to be read before it paints.
import type { BarChartProps, DonutChartProps } from "@mantine/charts";
import { Skeleton } from "@mantine/core";
import { lazy, Suspense } from "react";

const LoadedBarChart = lazy(() =>
  import("@mantine/charts").then((charts) => ({ default: charts.BarChart })),
);
const LoadedDonutChart = lazy(() =>
  import("@mantine/charts").then((charts) => ({ default: charts.DonutChart })),
);

export function BarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<Skeleton h={props.h} aria-hidden />}>
      <LoadedBarChart {...props} />
    </Suspense>
  );
}

export function DonutChart(props: DonutChartProps) {
  return (
    <Suspense fallback={<Skeleton circle height={props.size} aria-hidden />}>
      <LoadedDonutChart {...props} />
    </Suspense>
  );
}
