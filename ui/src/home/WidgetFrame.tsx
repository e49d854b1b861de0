// The frame every Home widget shares: its title, how fresh its numbers are and a refresh
// button (components/Freshness.tsx, shared with the tiles of pinned views), and its own
// loading, empty and error states, so one failing widget never blanks the page.
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { presentError } from "../api/errors";
import { FreshnessControls, StaleNote } from "../components/Freshness";
import type { WidgetName } from "./api";
import type { WidgetData } from "./useWidget";

interface WidgetFrameProps<T> {
  name: WidgetName;
  title: string;
  widget: WidgetData<{ computedAt: string; value: T }>;
  /** What the empty state says, e.g. "No sessions are charging right now." */
  emptyText: string;
  /** Controls beside the title (a range selector). */
  extra?: ReactNode;
  children: (value: T) => ReactNode;
}

export function WidgetFrame<T>({
  name,
  title,
  widget,
  emptyText,
  extra,
  children,
}: WidgetFrameProps<T>) {
  const { data, state, error, fetching, refresh } = widget;
  const titleId = `home-widget-${name}-title`;
  return (
    <Paper
      withBorder
      p="md"
      data-testid={`home-widget-${name}`}
      data-state={state}
      aria-labelledby={titleId}
      aria-busy={fetching}
      component="section"
      h="100%"
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {title}
          </Title>
          <FreshnessControls
            computedAt={data?.computedAt}
            refreshLabel={`Refresh ${title.toLowerCase()}`}
            fetching={fetching}
            onRefresh={refresh}
            testIdPrefix={`home-widget-${name}`}
          >
            {extra}
          </FreshnessControls>
        </Group>
        {state === "loading" && (
          <Group gap="xs" data-testid={`home-widget-${name}-loading`}>
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              Counting…
            </Text>
          </Group>
        )}
        {state === "error" && <WidgetError error={error} onRetry={refresh} />}
        {state === "empty" && (
          <Text size="sm" c="dimmed" data-testid={`home-widget-${name}-empty`}>
            {emptyText}
          </Text>
        )}
        {data !== undefined && error !== null && (
          <StaleNote
            computedAt={data.computedAt}
            error={error}
            testId={`home-widget-${name}-stale`}
          />
        )}
        {state === "ready" && data !== undefined && children(data.value)}
      </Stack>
    </Paper>
  );
}

function WidgetError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const presented = presentError(error);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={presented.title}
      data-testid="home-widget-error"
    >
      <Stack gap={4}>
        <Text size="sm">{presented.message}</Text>
        <Text size="sm" fw={500}>
          {presented.action}
        </Text>
        <Button size="xs" variant="default" onClick={onRetry} style={{ alignSelf: "flex-start" }}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}
