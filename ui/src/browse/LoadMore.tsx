// Below the table: how many records are loaded, "Load more" (the next page, appended), and
// "Load all" with its progress and a way to stop it.
import { Button, Group, Progress, Stack, Text } from "@mantine/core";
import { IconPlayerStop, IconPlaylistAdd } from "@tabler/icons-react";
import { ErrorNotice } from "../components/ErrorNotice";
import { formatCount } from "../format/format";

interface LoadMoreProps {
  loaded: number;
  /** The listing's total when the tenant tells it. */
  total: number | null;
  perPage: number;
  hasMore: boolean;
  /** "Load more" is fetching its page. */
  loadingMore: boolean;
  loadingAll: boolean;
  /** The last "Load more" / "Load all" page failed; the records loaded before it stay. */
  error: unknown;
  /** "Load all" stopped at this many records with more left (see LOAD_ALL_MAX_RECORDS). */
  stoppedAtLimit: number | null;
  onLoadMore: () => void;
  onLoadAll: () => void;
  onStop: () => void;
}

const count = formatCount;

export function LoadMore(props: LoadMoreProps) {
  const { loaded, total, hasMore, loadingAll } = props;
  const share = total !== null && total > 0 ? Math.min(100, (loaded / total) * 100) : null;
  const soFar =
    total !== null ? `${count(loaded)} of ${count(total)} loaded` : `${count(loaded)} loaded`;
  const loadedText = hasMore ? soFar : `All ${count(loaded)} loaded`;
  return (
    <Stack gap="xs" data-testid="load-more-bar">
      {props.error !== null && <ErrorNotice error={props.error} onRetry={props.onLoadMore} />}
      <Group gap="sm" wrap="wrap">
        {/* A status region: screen readers hear how far Load all has come, and when it ends. */}
        <Text size="sm" data-testid="loaded-count" data-loaded={loaded} role="status">
          {loadingAll ? `Loading all: ${soFar}` : loadedText}
        </Text>
        {hasMore && !loadingAll && (
          <>
            <Button
              data-testid="load-more"
              size="xs"
              variant="default"
              leftSection={<IconPlaylistAdd size={16} />}
              loading={props.loadingMore}
              onClick={props.onLoadMore}
            >
              Load {props.perPage} more
            </Button>
            <Button
              data-testid="load-all"
              size="xs"
              variant="subtle"
              disabled={props.loadingMore}
              onClick={props.onLoadAll}
            >
              Load all{total !== null ? ` ${count(total)}` : ""}
            </Button>
          </>
        )}
        {loadingAll && (
          <Button
            data-testid="load-all-stop"
            size="xs"
            variant="default"
            color="red"
            leftSection={<IconPlayerStop size={16} />}
            onClick={props.onStop}
          >
            Stop loading
          </Button>
        )}
      </Group>
      {props.stoppedAtLimit !== null && !loadingAll && (
        <Text size="sm" c="dimmed" data-testid="load-all-limit">
          Load all stops at {count(props.stoppedAtLimit)} records to keep the window responsive. To
          get every record, use Export: it writes the whole listing to a file.
        </Text>
      )}
      {loadingAll && share !== null && (
        // Not animated: moving stripes cost the window about 150 MiB while Load all ran
        // (WebKit drawing without a GPU), and the bar moves as records come anyway.
        <Progress
          data-testid="load-all-progress"
          value={share}
          size="sm"
          aria-label="Records loaded"
        />
      )}
    </Stack>
  );
}
