import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { presentError } from "../api/errors";

interface ErrorNoticeProps {
  error: unknown;
  /** Shown as a "Try again" button when the error may go away by itself. */
  onRetry?: () => void;
}

/** An error in plain words, with what to do about it. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const presented = presentError(error);
  return (
    <Alert
      data-testid="error-notice"
      color="red"
      variant="light"
      title={presented.title}
      icon={<IconAlertTriangle size={18} />}
    >
      <Stack gap="xs">
        <Text size="sm">{presented.message}</Text>
        <Text size="sm" fw={500}>
          {presented.action}
        </Text>
        {presented.detail !== null && (
          <Text data-testid="error-detail" size="xs" c="dimmed">
            {presented.detail}
          </Text>
        )}
        {onRetry !== undefined && presented.retryable && (
          <Button
            data-testid="error-retry"
            size="xs"
            variant="default"
            onClick={onRetry}
            style={{ alignSelf: "flex-start" }}
          >
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
