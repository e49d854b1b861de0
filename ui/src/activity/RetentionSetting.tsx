// The Settings card for how long the activity log keeps its entries. The log lives in Rust
// (SQLite); this card only reads and changes the number of days.
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { commands } from "../bindings";
import { unwrapResult } from "../api/bridge";
import { ErrorNotice } from "../components/ErrorNotice";

const RETENTION_KEY = ["activity-retention"] as const;

export function RetentionSetting() {
  const client = useQueryClient();
  const stored = useQuery({
    queryKey: RETENTION_KEY,
    queryFn: async () => unwrapResult(await commands.activityRetention()),
  });
  const [typed, setTyped] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: async (days: number) => unwrapResult(await commands.setActivityRetention(days)),
    onSuccess: (days) => {
      client.setQueryData(RETENTION_KEY, days);
      setTyped(null);
      void client.invalidateQueries({ queryKey: ["activity"] });
    },
  });
  const days = typed ?? stored.data ?? null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Activity log
        </Title>
        <Text size="sm" c="dimmed">
          Changes are kept on this computer for this many days, then removed. The log also stays
          under 64 MiB by removing its oldest entries first.
        </Text>
        {stored.isError && <ErrorNotice error={stored.error} />}
        <Group align="end">
          <NumberInput
            label="Keep changes for (days)"
            min={1}
            max={3650}
            allowDecimal={false}
            value={days ?? ""}
            onChange={(value) => setTyped(typeof value === "number" ? value : null)}
            data-testid="setting-activity-retention"
          />
          <Button
            onClick={() => days !== null && save.mutate(days)}
            disabled={typed === null || typed === stored.data || save.isPending}
            loading={save.isPending}
            data-testid="setting-activity-retention-save"
          >
            Save
          </Button>
        </Group>
        {save.isError && <ErrorNotice error={save.error} />}
      </Stack>
    </Paper>
  );
}
