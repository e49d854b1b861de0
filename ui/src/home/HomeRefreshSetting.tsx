// Settings → Home: how often Home refreshes by itself while it is on screen.
import { Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { REFRESH_OPTIONS, useRefreshMinutes } from "../components/refreshSetting";

export function HomeRefreshSetting() {
  const [minutes, setMinutes] = useRefreshMinutes();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Home
        </Title>
        <Text size="sm" c="dimmed">
          How often Home counts again by itself while it is on screen, pinned views included. It
          waits longer when the tenant asks Plugdesk to slow down.
        </Text>
        <SegmentedControl
          data-testid="home-refresh-setting"
          aria-label="Refresh Home every"
          data={REFRESH_OPTIONS.map((option) => ({ ...option }))}
          value={minutes}
          onChange={(value) => {
            const chosen = REFRESH_OPTIONS.find((option) => option.value === value);
            if (chosen !== undefined) setMinutes(chosen.value);
          }}
          style={{ alignSelf: "flex-start" }}
        />
      </Stack>
    </Paper>
  );
}
