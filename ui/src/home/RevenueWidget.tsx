// Revenue of finalized transactions per day (per hour for today), one chart per currency:
// amounts in different currencies are never added together.
import { BarChart } from "./charts";
import { Group, Stack, Text } from "@mantine/core";
import type { Computed, RevenueOverTime } from "./api";
import { ChartTable } from "./ChartTable";
import { formatBucket, formatMoney } from "./format";
import type { WidgetData } from "./useWidget";
import { WidgetFrame } from "./WidgetFrame";

const CHART_HEIGHT = 120;
const CURRENCY_COLORS = ["grape.6", "orange.6", "cyan.6", "lime.7", "pink.6", "indigo.6"];

export function RevenueWidget({ widget }: { widget: WidgetData<Computed<RevenueOverTime>> }) {
  return (
    <WidgetFrame
      name="revenue"
      title="Revenue"
      widget={widget}
      emptyText="No transactions were finalized in this range."
    >
      {(revenue) => (
        <Stack gap="md">
          {revenue.currencies.map((currency, index) => {
            const total = revenue.totals.find((t) => t.currency === currency)?.amount ?? 0;
            const format = (amount: number) => formatMoney(amount, currency);
            const data = revenue.buckets.map((bucket) => ({
              label: formatBucket(bucket.start, revenue.hourly),
              [currency]: bucket.amounts.find((a) => a.currency === currency)?.amount ?? 0,
            }));
            return (
              <Stack gap={4} key={currency} data-testid={`home-revenue-${currency}`}>
                <Group gap="xs">
                  <Text size="sm" fw={700} data-testid={`home-revenue-${currency}-total`}>
                    {format(total)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    in {currency}
                  </Text>
                </Group>
                <BarChart
                  h={CHART_HEIGHT}
                  data={data}
                  dataKey="label"
                  series={[
                    { name: currency, color: CURRENCY_COLORS[index % CURRENCY_COLORS.length] },
                  ]}
                  valueFormatter={format}
                  aria-hidden
                  // Hidden from screen readers (the table reads the numbers out): no focus stop.
                  barChartProps={{ accessibilityLayer: false }}
                />
                <ChartTable
                  caption={`Revenue in ${currency} per ${revenue.hourly ? "hour" : "day"}`}
                  columns={[revenue.hourly ? "Hour" : "Day", currency]}
                  rows={revenue.buckets.map((bucket) => ({
                    key: bucket.start,
                    cells: [
                      formatBucket(bucket.start, revenue.hourly),
                      format(bucket.amounts.find((a) => a.currency === currency)?.amount ?? 0),
                    ],
                  }))}
                />
              </Stack>
            );
          })}
        </Stack>
      )}
    </WidgetFrame>
  );
}
