// Home's tiles of the views pinned to it: each shows how many records its view lists (the
// listing's own total, or "100+" when only the first page was counted) and opens the view.
// The counting is Rust's, with Home's other counts (crates/insights).
import {
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
import { useQuery } from "@tanstack/react-query";
import { presentError } from "../api/errors";
import { useSavedViews, viewCountQuery, type SavedView } from "../api/savedViews";
import type { TenantView } from "../api/session";
import { findResource, resourceLabel } from "../catalog/catalogIndex";
import { formatTileCount } from "./tileCount";
import { useOpenView } from "./openView";
import { listingOfView } from "./viewState";

export function PinnedViewTiles({ tenant }: { tenant: TenantView }) {
  const pinned = useSavedViews().filter((view) => view.pinned);
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
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
          {pinned.map((view) => (
            <ViewTile key={view.id} view={view} tenant={tenant} />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function ViewTile({ view, tenant }: { view: SavedView; tenant: TenantView }) {
  const openView = useOpenView();
  const listing = listingOfView(view);
  const count = useQuery({
    ...viewCountQuery(tenant, view.id, listing),
    enabled: listing !== null,
  });
  const resource = findResource(view.state.resource);
  return (
    <UnstyledButton
      data-testid={`home-view-${view.id}`}
      onClick={() => openView(view)}
      aria-label={`${view.name}: ${count.data ? formatTileCount(count.data.value) : "counting"} ${resource ? resourceLabel(resource).toLowerCase() : "records"}. Open the view.`}
    >
      <Stack gap={0}>
        {count.data ? (
          <Text size="xl" fw={700} data-testid={`home-view-${view.id}-count`}>
            {formatTileCount(count.data.value)}
          </Text>
        ) : count.isError ? (
          <Tooltip label={presentError(count.error).message}>
            <Text size="xl" c="red" data-testid={`home-view-${view.id}-count`}>
              <IconAlertTriangle size={20} aria-label="Could not count" />
            </Text>
          </Tooltip>
        ) : (
          <Skeleton h={30} w={60} />
        )}
        <Text size="sm" c="blue" td="underline">
          {view.name}
        </Text>
        {resource && (
          <Text size="xs" c="dimmed">
            {resourceLabel(resource)}
          </Text>
        )}
      </Stack>
    </UnstyledButton>
  );
}
