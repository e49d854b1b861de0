// The token re-entry prompt: a modal over whatever screen the operator is on, opened when the
// tenant answers 401 (token revoked or expired). Mounted once in the shell by
// `TokenPromptProvider`; screens reach it through `useTokenPrompt()` (see useTokenPrompt.ts).
import { Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ActionProblem } from "./ActionProblem";
import { SESSION_QUERY_KEY, updateProfile, useActiveTenant } from "../api/session";
import { TokenPromptContext, type TokenPromptApi } from "./tokenPromptContext";
import { isUnauthorized } from "./errorFacts";
import { useApplySession } from "./useApplySession";

export function TokenPromptProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  // Everyone waiting for the same prompt hears how it ended.
  const waiting = useRef<Array<(saved: boolean) => void>>([]);

  const promptForToken = useCallback(() => {
    setOpened(true);
    return new Promise<boolean>((resolve) => waiting.current.push(resolve));
  }, []);

  const close = useCallback(
    (saved: boolean) => {
      setOpened(false);
      const resolvers = waiting.current;
      waiting.current = [];
      resolvers.forEach((resolve) => resolve(saved));
      if (saved) {
        void queryClient.refetchQueries({
          predicate: (query) => query.state.status === "error" && isUnauthorized(query.state.error),
        });
      }
    },
    [queryClient],
  );

  // Any query that fails with `unauthorized` opens the prompt by itself.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (
          event.type === "updated" &&
          event.action.type === "error" &&
          event.query.queryKey[0] !== SESSION_QUERY_KEY[0] &&
          isUnauthorized(event.action.error)
        ) {
          setOpened(true);
        }
      }),
    [queryClient],
  );

  const api = useMemo<TokenPromptApi>(() => ({ promptForToken }), [promptForToken]);
  return (
    <TokenPromptContext.Provider value={api}>
      {children}
      <TokenPromptModal opened={opened} onClose={close} />
    </TokenPromptContext.Provider>
  );
}

interface TokenPromptModalProps {
  opened: boolean;
  onClose: (saved: boolean) => void;
}

function TokenPromptModal({ opened, onClose }: TokenPromptModalProps) {
  const tenant = useActiveTenant();
  const applySession = useApplySession();
  const [token, setToken] = useState("");
  const save = useMutation({
    mutationFn: (profileId: string) => updateProfile(profileId, { token }),
    onSuccess: (status) => {
      applySession(status);
      setToken("");
      onClose(true);
    },
  });
  const profileId = tenant?.profileId ?? null;

  function submit() {
    if (profileId !== null && token.trim() !== "" && !save.isPending) {
      save.mutate(profileId);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={() => {
        save.reset();
        setToken("");
        onClose(false);
      }}
      title="Enter a new API token"
      centered
    >
      <form
        data-testid="token-prompt"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {tenant === null
              ? "No tenant is connected."
              : `The tenant ${tenant.name} (${tenant.tenantUrl}) no longer accepts the saved API token. It may have been revoked or may have expired. Enter a new token to carry on where you were.`}
          </Text>
          <PasswordInput
            data-testid="token-prompt-input"
            label="New API token"
            value={token}
            onChange={(event) => setToken(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {save.isError && (
            <ActionProblem
              error={save.error}
              onRetry={submit}
              retrying={save.isPending}
              testId="token-prompt-error"
            />
          )}
          <Group justify="flex-end">
            <Button
              data-testid="token-prompt-save"
              type="submit"
              loading={save.isPending}
              disabled={profileId === null || token.trim() === ""}
            >
              Save token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
