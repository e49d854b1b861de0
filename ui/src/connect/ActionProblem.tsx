import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { presentAppError } from "../api/errors";
import { ErrorNotice } from "../components/ErrorNotice";
import { keychainErrorOf } from "./errorFacts";

interface ActionProblemProps {
  error: unknown;
  /** Repeats the action that failed. */
  onRetry: () => void;
  retrying?: boolean;
  testId?: string;
}

/**
 * Why a profile action failed. Keychain problems get the Rust side's guidance for this OS and
 * a Retry that repeats the action: the keychain is reached afresh on each attempt, so
 * unlocking it or starting its service is enough, with no restart.
 */
export function ActionProblem({ error, onRetry, retrying = false, testId }: ActionProblemProps) {
  const keychainError = keychainErrorOf(error);
  if (keychainError === null) {
    return (
      <div data-testid={testId}>
        <ErrorNotice error={error} onRetry={onRetry} />
      </div>
    );
  }
  const presented = presentAppError(keychainError);
  return (
    <Alert
      data-testid={testId ?? "keychain-problem"}
      color="orange"
      variant="light"
      title={presented.title}
      icon={<IconLock size={18} />}
    >
      <Stack gap="xs">
        <Text size="sm">{keychainError.message}</Text>
        <Text size="sm" fw={500} data-testid="keychain-guidance">
          {keychainError.guidance}
        </Text>
        <Button
          data-testid="keychain-retry"
          size="xs"
          variant="default"
          loading={retrying}
          onClick={onRetry}
          style={{ alignSelf: "flex-start" }}
        >
          Retry
        </Button>
      </Stack>
    </Alert>
  );
}
