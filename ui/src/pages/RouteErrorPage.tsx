import { Stack, Title } from "@mantine/core";
import type { ErrorComponentProps } from "@tanstack/react-router";
import { ErrorNotice } from "../components/ErrorNotice";

/** Shown in the content area when a page fails to render or load; the shell stays usable. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  return (
    <Stack data-testid="page-error" gap="md" maw={720}>
      <Title order={2}>This page could not be shown</Title>
      <ErrorNotice error={error} onRetry={reset} />
    </Stack>
  );
}
