// Home's charts. The charting library is about a quarter of the window's script: the app shell
// paints without it, and it is read once the shell has painted (`loadCharts.ts`).
import type { BarChartProps, DonutChartProps } from "@mantine/charts";
import { Skeleton } from "@mantine/core";
import { useIntersection } from "@mantine/hooks";
import { lazy, Suspense, useDeferredValue, useState, type RefCallback } from "react";
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

/** How near the view a chart's place must come for it to be drawn. */
const NEAR_VIEW_MARGIN = "200px";

/**
 * Whether a chart whose place is `place` is drawn yet: once that place comes near the view,
 * after urgent work. Home's charts further down (energy, revenue) are drawn when scrolled
 * to, not as Home opens: each chart drawn holds several MiB in the window, and their numbers
 * are in their text alternatives (`ChartTable`) either way.
 */
function useDrawnNearView(): [RefCallback<HTMLDivElement | null>, boolean] {
  const { ref, entry } = useIntersection<HTMLDivElement>({ rootMargin: NEAR_VIEW_MARGIN });
  // Once near, a chart stays drawn: scrolling it away again does not take it down.
  const [near, setNear] = useState(false);
  if (entry?.isIntersecting && !near) setNear(true);
  return [ref, useDeferredValue(near, false)];
}

export function BarChart(props: BarChartProps) {
  const [place, drawn] = useDrawnNearView();
  return (
    <div ref={place}>
      {drawn ? (
        <Suspense fallback={<Skeleton h={props.h} aria-hidden />}>
          <LoadedBarChart {...props} />
        </Suspense>
      ) : (
        // Still, not pulsing: nothing is loading, the chart waits to be scrolled to.
        <Skeleton h={props.h} animate={false} aria-hidden />
      )}
    </div>
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
