// Home's bar charts. The charting library is about a quarter of the window's script and holds
// several MiB once read: it is read when the first bar chart comes near the view.
import type { BarChartProps } from "@mantine/charts";
import { Skeleton } from "@mantine/core";
import { useIntersection } from "@mantine/hooks";
import { lazy, Suspense, useDeferredValue, useState, type RefCallback } from "react";
import { loadCharts } from "./loadCharts";

const LoadedBarChart = lazy(() => loadCharts().then((charts) => ({ default: charts.BarChart })));

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
