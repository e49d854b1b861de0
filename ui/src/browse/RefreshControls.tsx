import { Button, Switch } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { AUTO_REFRESH_SECONDS } from "../overlay/records";

interface RefreshControlsProps {
  /** Live resources (EVSEs, sessions, statuses) also offer refreshing on a timer. */
  live: boolean;
  autoRefresh: boolean;
  /** Why automatic refreshing is paused just now, or undefined. */
  autoRefreshPaused?: string;
  onAutoRefreshChange: (on: boolean) => void;
  /** A refetch is running while data is already shown. */
  refreshing: boolean;
  onRefresh: () => void;
  testId: string;
}

/** "Refresh every 30 s" for live resources, and a Refresh button; list and detail screens share it. */
export function RefreshControls(props: RefreshControlsProps) {
  return (
    <>
      {props.live && (
        <Switch
          data-testid="auto-refresh"
          size="xs"
          label={`Refresh every ${AUTO_REFRESH_SECONDS} s`}
          checked={props.autoRefresh}
          description={props.autoRefresh ? props.autoRefreshPaused : undefined}
          onChange={(event) => props.onAutoRefreshChange(event.currentTarget.checked)}
        />
      )}
      <Button
        data-testid={props.testId}
        size="xs"
        variant="default"
        leftSection={<IconRefresh size={16} />}
        loading={props.refreshing}
        onClick={props.onRefresh}
      >
        Refresh
      </Button>
    </>
  );
}
