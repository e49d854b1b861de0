import type { StatusGroup } from "./api";
// One status breakdown as a donut with a legend of buttons: each segment and each legend entry
// opens the records it counts. Exact numbers show on hover and in the legend; the legend is
// also the chart's text alternative.
import { DonutChart } from "./charts";
import {
  Box,
  ColorSwatch,
  Group,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import { formatCount, statusLabel } from "./format";

interface StatusChartProps {
  /** "EVSEs", "Charge points". */
  noun: string;
  /** Used in test ids: `home-segment-<kind>-<status>`. */
  kind: "evses" | "charge-points";
  groups: StatusGroup[];
  total: number;
  colorOf: (status: string) => string;
  onOpen: (group: StatusGroup) => void;
}

export function StatusChart({ noun, kind, groups, total, colorOf, onOpen }: StatusChartProps) {
  const data = groups.map((group) => ({
    name: statusLabel(group.status),
    value: group.count,
    color: colorOf(group.status),
  }));
  const summary = `${noun}: ${formatCount(total)} in all; ${groups
    .map((group) => `${formatCount(group.count)} ${statusLabel(group.status).toLowerCase()}`)
    .join(", ")}.`;
  return (
    <Stack gap="xs" align="center" data-testid={`home-chart-${kind}`}>
      <Text size="sm" fw={500}>
        {noun}
      </Text>
      <Box role="img" aria-label={summary}>
        <DonutChart
          data={data}
          size={140}
          thickness={22}
          withTooltip
          tooltipDataSource="segment"
          valueFormatter={formatCount}
          chartLabel={formatCount(total)}
          // The picture is summarised by its label; the buttons beside it are the focus stops.
          pieChartProps={{ accessibilityLayer: false }}
          pieProps={{
            onClick: (_: unknown, index: number) => {
              const group = groups[index];
              if (group !== undefined) onOpen(group);
            },
            style: { cursor: "pointer" },
          }}
        />
      </Box>
      <Stack gap={2} w="100%">
        {groups.map((group) => (
          <UnstyledButton
            key={group.status}
            data-testid={`home-segment-${kind}-${group.status}`}
            data-count={group.count}
            onClick={() => onOpen(group)}
          >
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Group gap={6} wrap="nowrap">
                <ColorSwatch
                  color={`var(--mantine-color-${colorOf(group.status).replace(".", "-")})`}
                  size={10}
                />
                <Text size="sm">{statusLabel(group.status)}</Text>
              </Group>
              <Text size="sm" fw={600} data-testid={`home-segment-${kind}-${group.status}-count`}>
                {formatCount(group.count)}
                {/* Read out after the visible words, which stay the start of the name. */}
                <VisuallyHidden>{` ${noun.toLowerCase()}, show them`}</VisuallyHidden>
              </Text>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Stack>
  );
}
