// The Settings card that chooses the resources of the sidebar's "Daily" group.
import { Button, Group, MultiSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { DAILY_RESOURCES } from "../overlay/navigation";
import { navEntries } from "./navModel";
import { useDailyResources } from "./preferences";

export function DailyGroupSetting() {
  const [daily, setDaily] = useDailyResources();
  const options = useMemo(
    () => navEntries(false).map((entry) => ({ value: entry.resource.key, label: entry.label })),
    [],
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Daily group
        </Title>
        <Text size="sm" c="dimmed">
          The resources you open every day, pinned on top of the sidebar.
        </Text>
        <MultiSelect
          data-testid="setting-daily-resources"
          label="Resources in the Daily group"
          data={options}
          value={daily}
          onChange={setDaily}
          searchable
          clearable
        />
        <Group>
          <Button
            data-testid="setting-daily-reset"
            size="xs"
            variant="default"
            onClick={() => setDaily([...DAILY_RESOURCES])}
          >
            Back to the usual seven
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
