// The states a listing or record can be in besides "here are the records".
import { Alert, Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { IconPlugConnected } from "@tabler/icons-react";
import { ErrorNotice } from "../components/ErrorNotice";
import { RouterButton } from "../components/links";
import { isAppError, isNotConnected } from "../api/errors";
import { AppCommandError } from "../api/bridge";
import type { RateLimitWaitState } from "./useRateLimitWait";

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

/** Whole seconds left of a pause that started when this component mounted. */
function useCountdown(seconds: number | null): number | null {
  const [endsAt] = useState(() => (seconds === null ? null : Date.now() + seconds * 1000));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [endsAt]);
  return endsAt === null ? null : Math.max(0, Math.ceil((endsAt - now) / 1000));
}

function formatWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return minutes > 0 ? `${minutes}:${rest}` : `${seconds} s`;
}

interface RateLimitWaitProps {
  wait: RateLimitWaitState;
}

/** Shown while the tenant's rate limit holds a request back: a countdown and a way out. */
export function RateLimitWait({ wait }: RateLimitWaitProps) {
  // Each failed attempt starts a pause of its own: a fresh countdown.
  return <RateLimitCountdown key={wait.attempt} wait={wait} />;
}

function RateLimitCountdown({ wait }: RateLimitWaitProps) {
  const left = useCountdown(wait.seconds);
  return (
    <Alert
      data-testid="rate-limit-wait"
      color="yellow"
      variant="light"
      title="Waiting for the tenant"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" role="timer" aria-live="polite" data-testid="rate-limit-countdown">
          The tenant asked Plugdesk to slow down.{" "}
          {left === null
            ? "Trying again shortly."
            : left > 0
              ? `Trying again in ${formatWait(left)}.`
              : "Trying again now."}
        </Text>
        <Button
          size="xs"
          variant="default"
          onClick={wait.stop}
          data-testid="rate-limit-stop"
          style={{ flexShrink: 0 }}
        >
          Stop waiting
        </Button>
      </Group>
    </Alert>
  );
}

/** After the operator stopped waiting out a rate limit: nothing loaded, and how to go on. */
export function RateLimitStopped({ wait }: RateLimitWaitProps) {
  return (
    <Alert
      data-testid="rate-limit-stopped"
      color="gray"
      variant="light"
      title="Stopped waiting for the tenant"
    >
      <Stack gap="xs">
        <Text size="sm">
          The tenant is limiting how fast Plugdesk may ask, so nothing new was loaded. Try again
          when you are ready; the tenant may ask for another pause.
        </Text>
        <RetryButton onClick={wait.tryAgain} />
      </Stack>
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
