import { Button, Stack } from "@mantine/core";
import { IconMap2 } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { ActionProblem } from "./ActionProblem";
import { startDemo } from "../api/session";
import { useApplySession } from "./useApplySession";

/** "Explore the demo network": starts the built-in demo tenant and connects to it. */
export function DemoButton({ testId }: { testId: string }) {
  const applySession = useApplySession();
  const demo = useMutation({
    mutationFn: startDemo,
    onSuccess: (status) => applySession(status, { goHome: true }),
  });
  return (
    <Stack gap="xs">
      <Button
        data-testid={testId}
        variant="default"
        leftSection={<IconMap2 size={18} />}
        loading={demo.isPending}
        onClick={() => demo.mutate()}
        style={{ alignSelf: "flex-start" }}
      >
        Explore the demo network
      </Button>
      {demo.isError && (
        <ActionProblem
          testId={`${testId}-error`}
          error={demo.error}
          onRetry={() => demo.mutate()}
          retrying={demo.isPending}
        />
      )}
    </Stack>
  );
}
