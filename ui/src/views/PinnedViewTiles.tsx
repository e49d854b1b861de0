// Home's tiles of the views pinned to it: each shows how many records its view lists (the
// listing's own total, or "100+" when only the first page was counted) and opens the view.
// Like Home's widgets, each says how fresh its count is, has its own refresh button, and
// counts again by itself as often as Settings → Home says. The counting is Rust's, with
// Home's other counts (crates/insights).
import {
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { presentError } from "../api/errors";
import { useSavedViews, type SavedView } from "../api/savedViews";
import type { TenantView } from "../api/session";
import { findResource, resourceLabel } from "../catalog/catalogIndex";
import { FreshnessControls, StaleNote } from "../components/Freshness";
import { useRefreshMinutes } from "../components/refreshSetting";
import { formatTileCount } from "./tileCount";
import { useOpenView } from "./openView";
import { useViewCount } from "./useViewCount";

export function PinnedViewTiles({ tenant }: { tenant: TenantView }) {
  const pinned = useSavedViews().filter((view) => view.pinned);
  const [refreshMinutes] = useRefreshMinutes();
  if (pinned.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="home-pinned-views-title"
      data-testid="home-pinned-views"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="home-pinned-views-title">
          Saved views
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }} spacing="sm">
          {pinned.map((view) => (
            <ViewTile
              key={view.id}
              view={view}
              tenant={tenant}
              refreshMinutes={Number(refreshMinutes)}
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function ViewTile({
  view,
  tenant,
  refreshMinutes,
}: {
  view: SavedView;
  tenant: TenantView;
  refreshMinutes: number;
}) {
  const openView = useOpenView();
  const count = useViewCount(tenant, view, refreshMinutes);
  const resource = findResource(view.state.resource);
  const { data, error } = count;
  // The open button is `home-view-<id>` (its count `…-count`, its freshness `…-as-of` and
  // `…-refresh`); the tile around them is named apart, so `home-view-` finds the button first.
  const testId = `home-view-${view.id}`;
  return (
    <Paper withBorder p="xs" data-testid={`home-pinned-view-${view.id}`} aria-busy={count.fetching}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <UnstyledButton
            data-testid={testId}
            onClick={() => openView(view)}
            aria-label={`${view.name}: ${data ? formatTileCount(data.value) : "counting"} ${resource ? resourceLabel(resource).toLowerCase() : "records"}. Open the view.`}
            style={{ minWidth: 0 }}
          >
            <Stack gap={0}>
              {data ? (
                <Text size="xl" fw={700} data-testid={`${testId}-count`}>
                  {formatTileCount(data.value)}
                </Text>
              ) : error !== null ? (
                <Tooltip label={presentError(error).message}>
                  <Text size="xl" c="red" data-testid={`${testId}-count`}>
                    <IconAlertTriangle size={20} aria-label="Could not count" />
                  </Text>
                </Tooltip>
              ) : (
                <Skeleton h={30} w={60} />
              )}
              <Text size="sm" c="blue" td="underline" truncate>
                {view.name}
              </Text>
              {resource && (
                <Text size="xs" c="dimmed">
                  {resourceLabel(resource)}
                </Text>
              )}
            </Stack>
          </UnstyledButton>
          <FreshnessControls
            computedAt={data?.computedAt}
            refreshLabel={`Refresh the count of ${view.name}`}
            fetching={count.fetching}
            onRefresh={count.refresh}
            testIdPrefix={testId}
          />
        </Group>
        {data !== undefined && error !== null && (
          <StaleNote computedAt={data.computedAt} error={error} testId={`${testId}-stale`} />
        )}
      </Stack>
    </Paper>
  );
}
