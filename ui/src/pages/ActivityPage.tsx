import { Stack, Title } from "@mantine/core";
import { ActivityList } from "../activity/ActivityList";

export function ActivityPage() {
  return (
    <Stack data-testid="page-activity" gap="md">
      <Title order={2}>Activity</Title>
      <ActivityList />
    </Stack>
  );
}
