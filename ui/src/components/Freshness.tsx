// How fresh a count on Home is, and the button that counts it again: "as of 10:42 ⟳" beside
// a widget's title or a pinned view's count, and the line that says a refresh failed while
// older numbers stay on screen. One look and one wording wherever Home shows a number.
import { ActionIcon, Group, Text, Tooltip } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { presentError } from "../api/errors";
import { formatClock } from "../format/clock";

interface FreshnessControlsProps {
  /** When the numbers shown were counted (RFC 3339); nothing is said before the first count. */
  computedAt: string | undefined;
  /** The refresh button's name and tooltip: "Refresh counts". */
  refreshLabel: string;
  fetching: boolean;
  onRefresh: () => void;
  /** Test ids `<prefix>-as-of` and `<prefix>-refresh`. */
  testIdPrefix: string;
  /** Controls shown before the time (a range selector). */
  children?: ReactNode;
}

export function FreshnessControls({
  computedAt,
  refreshLabel,
  fetching,
  onRefresh,
  testIdPrefix,
  children,
}: FreshnessControlsProps) {
  return (
    <Group gap="xs" wrap="nowrap">
      {children}
      {computedAt !== undefined && (
        <Text size="xs" c="dimmed" data-testid={`${testIdPrefix}-as-of`}>
          as of {formatClock(computedAt)}
        </Text>
      )}
      <Tooltip label={refreshLabel}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={refreshLabel}
          data-testid={`${testIdPrefix}-refresh`}
          onClick={onRefresh}
          loading={fetching}
        >
          <IconRefresh size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** A refresh failed; the numbers of `computedAt` stay on screen, and this says so. */
export function StaleNote({
  computedAt,
  error,
  testId,
}: {
  computedAt: string;
  error: unknown;
  testId: string;
}) {
  return (
    <Text size="xs" c="red" data-testid={testId}>
      Could not refresh: {presentError(error).title}. Showing the numbers as of{" "}
      {formatClock(computedAt)}.
    </Text>
  );
}
