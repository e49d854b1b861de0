import { Alert, Button, CloseButton, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconInfoCircle } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ActionProblem } from "./ActionProblem";
import { activateProfile, lastUsedProfile, useSession } from "../api/session";
import { useApplySession } from "./useApplySession";

/**
 * What happened to the session when Plugdesk started: the last profile could not be
 * reconnected (keychain locked, tenant unreachable…), or the profile list had to be recovered.
 * Shown above every page until dealt with.
 */
export function SessionNotices() {
  const session = useSession();
  const applySession = useApplySession();
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const reconnect = useMutation({
    mutationFn: activateProfile,
    onSuccess: (status) => applySession(status, { goHome: true }),
  });

  const status = session.data;
  if (status === undefined) {
    return null;
  }
  const lastProfile = lastUsedProfile(status.profiles);
  const showRestoreProblem = status.restoreProblem !== null && status.active === null;

  return (
    <Stack gap="sm" mb={showRestoreProblem || status.notice ? "md" : 0}>
      {showRestoreProblem && (
        <Alert
          data-testid="session-restore-problem"
          color="orange"
          variant="light"
          title={
            lastProfile === null
              ? "Plugdesk could not reconnect"
              : `Plugdesk could not reconnect to ${lastProfile.name}`
          }
          icon={<IconAlertTriangle size={18} />}
        >
          <Stack gap="xs">
            <Text size="sm">{status.restoreProblem}</Text>
            {reconnect.isError ? (
              <ActionProblem
                error={reconnect.error}
                retrying={reconnect.isPending}
                onRetry={() => lastProfile && reconnect.mutate(lastProfile.id)}
              />
            ) : (
              lastProfile !== null && (
                <Group>
                  <Button
                    data-testid="keychain-retry"
                    size="xs"
                    variant="default"
                    loading={reconnect.isPending}
                    onClick={() => reconnect.mutate(lastProfile.id)}
                  >
                    Retry
                  </Button>
                </Group>
              )
            )}
          </Stack>
        </Alert>
      )}
      {status.notice !== null && !noticeDismissed && (
        <Alert
          data-testid="session-notice"
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={18} />}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{status.notice}</Text>
            <CloseButton aria-label="Dismiss" onClick={() => setNoticeDismissed(true)} />
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
