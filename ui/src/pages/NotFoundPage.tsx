import { Stack, Text, Title } from "@mantine/core";
import { RouterButton } from "../components/links";

export function NotFoundPage() {
  return (
    <Stack data-testid="page-not-found" gap="md" maw={720} align="flex-start">
      <Title order={2}>Page not found</Title>
      <Text>There is nothing at this address in Plugdesk.</Text>
      <RouterButton data-testid="not-found-home" to="/" variant="default">
        Go to Home
      </RouterButton>
    </Stack>
  );
}
