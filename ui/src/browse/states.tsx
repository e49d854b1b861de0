// The states a listing or record can be in besides "here are the records".
import { Alert, Button, Skeleton, Stack, Text } from "@mantine/core";
import { IconPlugConnected } from "@tabler/icons-react";
import { ErrorNotice } from "../components/ErrorNotice";
import { RouterButton } from "../components/links";
import { isAppError, isNotConnected } from "../api/errors";
import { AppCommandError } from "../api/bridge";

export function LoadingRows({ rows = 8 }: { rows?: number }) {
  return (
    <Stack gap={6} data-testid="list-loading" aria-busy="true">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={28} radius="sm" />
      ))}
    </Stack>
  );
}

function appErrorKind(error: unknown): string | null {
  const inner = error instanceof AppCommandError ? error.appError : error;
  return isAppError(inner) ? inner.kind : null;
}

interface LoadErrorProps {
  error: unknown;
  onRetry: () => void;
  testId: string;
}

/** An error in plain words; before a tenant is connected, a pointer to connect one instead. */
export function LoadError({ error, onRetry, testId }: LoadErrorProps) {
  if (isNotConnected(error)) {
    return (
      <Alert
        data-testid="browse-not-connected"
        color="blue"
        variant="light"
        title="Connect a tenant"
        icon={<IconPlugConnected size={18} />}
      >
        <Stack gap="xs">
          <Text size="sm">
            Plugdesk shows your network once it is connected to a tenant, or to the demo network.
          </Text>
          <RouterButton to="/connect" size="xs" style={{ alignSelf: "flex-start" }}>
            Connect a tenant
          </RouterButton>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack data-testid={testId} gap="xs">
      <ErrorNotice error={error} onRetry={onRetry} />
      {appErrorKind(error) === "unauthorized" && (
        <RouterButton
          data-testid="reenter-token"
          to="/connect"
          size="xs"
          variant="default"
          style={{ alignSelf: "flex-start" }}
        >
          Re-enter the token for this profile
        </RouterButton>
      )}
    </Stack>
  );
}

/** Shown while the tenant's rate limit holds a request back; TanStack Query retries. */
export function RateLimitWait({ seconds }: { seconds: number | null }) {
  return (
    <Alert
      data-testid="rate-limit-wait"
      color="yellow"
      variant="light"
      title="Waiting for the tenant"
    >
      The tenant asked Plugdesk to slow down. Trying again{" "}
      {seconds ? `in ${Math.ceil(seconds)} seconds` : "shortly"}.
    </Alert>
  );
}

export function RetryButton({ onClick }: { onClick: () => void }) {
  return (
    <Button size="xs" variant="default" onClick={onClick}>
      Try again
    </Button>
  );
}
