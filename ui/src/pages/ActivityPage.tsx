import { Stack, Text, Title } from "@mantine/core";

export function ActivityPage() {
  return (
    <Stack data-testid="page-activity" gap="md" maw={720}>
      <Title order={2}>Activity</Title>
      <Text data-testid="activity-empty" c="dimmed">
        Changes you make will be listed here.
      </Text>
    </Stack>
  );
}
