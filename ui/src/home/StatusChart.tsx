// One status breakdown as a ring with a legend of buttons: each segment and each legend entry
// opens the records it counts. Exact numbers show on hover and in the legend; the legend is
// also the chart's text alternative. The ring is Mantine's own SVG, not the charting library:
// Home's first screenful draws without reading that library, which holds several MiB in the
// window once read.
import {
  Box,
  ColorSwatch,
  Group,
  RingProgress,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import type { StatusGroup } from "./api";
import { formatCount, statusLabel } from "./format";
import { ringShares } from "./ringShares";

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
  const shares = ringShares(groups.map((group) => group.count));
  const sections = groups
    .map((group, index) => ({
      value: shares[index] ?? 0,
      color: colorOf(group.status),
      tooltip: `${statusLabel(group.status)}: ${formatCount(group.count)}`,
      onClick: () => onOpen(group),
      style: { cursor: "pointer" },
      "data-testid": `home-ring-${kind}-${group.status}`,
    }))
    .filter((section) => section.value > 0);
  const summary = `${noun}: ${formatCount(total)} in all; ${groups
    .map((group) => `${formatCount(group.count)} ${statusLabel(group.status).toLowerCase()}`)
    .join(", ")}.`;
  return (
    <Stack gap="xs" align="center" data-testid={`home-chart-${kind}`}>
      <Text size="sm" fw={500}>
        {noun}
      </Text>
      <Box role="img" aria-label={summary}>
        <RingProgress
          size={140}
          thickness={22}
          sections={sections}
          label={
            <Text ta="center" fw={700} size="lg">
              {formatCount(total)}
            </Text>
          }
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
