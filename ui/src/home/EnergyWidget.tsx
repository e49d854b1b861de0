// kWh delivered and sessions started per day (per hour for today) over the chosen range.
import { BarChart } from "./charts";
import { Group, Stack, Text } from "@mantine/core";
import type { Computed, EnergyOverTime } from "./api";
import { ChartTable } from "./ChartTable";
import { formatBucket, formatCount, formatKwh } from "./format";
import type { WidgetData } from "./useWidget";
import { WidgetFrame } from "./WidgetFrame";

const CHART_HEIGHT = 160;

export function EnergyWidget({ widget }: { widget: WidgetData<Computed<EnergyOverTime>> }) {
  return (
    <WidgetFrame
      name="energy"
      title="Energy and sessions"
      widget={widget}
      emptyText="No sessions started in this range."
    >
      {(energy) => {
        const data = energy.buckets.map((bucket) => ({
          label: formatBucket(bucket.start, energy.hourly),
          kWh: bucket.energyKwh ?? 0,
          Sessions: bucket.sessions,
        }));
        const unit = energy.hourly ? "hour" : "day";
        return (
          <Stack gap="xs">
            <Group gap="lg">
              <Text size="sm">
                <Text span fw={700} data-testid="home-energy-total">
                  {formatKwh(energy.totalEnergyKwh ?? 0)}
                </Text>{" "}
                delivered
              </Text>
              <Text size="sm">
                <Text span fw={700} data-testid="home-sessions-total">
                  {formatCount(energy.totalSessions)}
                </Text>{" "}
                sessions started
              </Text>
            </Group>
            <BarChart
              h={CHART_HEIGHT}
              data={data}
              dataKey="label"
              series={[{ name: "kWh", color: "teal.6" }]}
              valueFormatter={formatKwh}
              aria-hidden
              // Hidden from screen readers (the table reads the numbers out): no focus stop either.
              barChartProps={{ accessibilityLayer: false }}
            />
            <BarChart
              h={CHART_HEIGHT}
              data={data}
              dataKey="label"
              series={[{ name: "Sessions", color: "blue.6" }]}
              valueFormatter={formatCount}
              aria-hidden
              // Hidden from screen readers (the table reads the numbers out): no focus stop either.
              barChartProps={{ accessibilityLayer: false }}
            />
            <ChartTable
              caption={`Energy delivered and sessions started per ${unit}`}
              columns={[energy.hourly ? "Hour" : "Day", "Energy", "Sessions"]}
              rows={energy.buckets.map((bucket) => ({
                key: bucket.start,
                cells: [
                  formatBucket(bucket.start, energy.hourly),
                  formatKwh(bucket.energyKwh ?? 0),
                  formatCount(bucket.sessions),
                ],
              }))}
            />
          </Stack>
        );
      }}
    </WidgetFrame>
  );
}
