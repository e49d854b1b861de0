import { Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useShowOlderVersions } from "./preferences";

/** The Settings card that shows deprecated API versions in the navigation and palette. */
export function OlderVersionsSetting() {
  const [showOlder, setShowOlder] = useShowOlderVersions();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          API versions
        </Title>
        <Text size="sm" c="dimmed">
          Plugdesk shows the newest version of each resource. Older versions stay reachable for
          records only they return, marked with the version that replaces them.
        </Text>
        <Switch
          data-testid="setting-show-older-versions"
          label="Show older API versions"
          checked={showOlder}
          onChange={(event) => setShowOlder(event.currentTarget.checked)}
        />
      </Stack>
    </Paper>
  );
}
