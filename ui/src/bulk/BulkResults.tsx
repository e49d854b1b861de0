// What became of each record of a bulk run, by name, as the results arrive; the progress and a
// status line screen readers announce; Cancel while it runs, "Retry the failed ones" after.
import { Badge, Button, Group, Progress, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { ErrorNotice } from "../components/ErrorNotice";
import { OUTCOME_WORDS, summary } from "./runSummary";
import { RETRYABLE, type BulkRunState } from "./useBulkRun";

export interface BulkResultsProps {
  /** Each record's name, in the run's order. */
  names: readonly string[];
  state: BulkRunState;
  onCancel: () => void;
  onRetryFailed: () => void;
  onClose: () => void;
}

export function BulkResults({ names, state, onCancel, onRetryFailed, onClose }: BulkResultsProps) {
  const retryable = state.results.filter((r) => r !== null && RETRYABLE.has(r.outcome)).length;
  const percent = state.total > 0 ? (state.finished / state.total) * 100 : 0;
  return (
    <Stack gap="sm" data-testid="bulk-results">
      <Text role="status" aria-live="polite" data-testid="bulk-status" size="sm" fw={500}>
        {summary(state)}
      </Text>
      {state.running && <Progress value={percent} size="sm" aria-label="Bulk change progress" />}
      {state.error !== null && <ErrorNotice error={state.error} />}
      <ScrollArea.Autosize mah={360}>
        <Table striped aria-label="What happened to each record">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Record</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Message</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {names.map((name, index) => {
              const result = state.results[index] ?? null;
              const words = result !== null ? OUTCOME_WORDS[result.outcome] : null;
              return (
                <Table.Tr
                  key={index}
                  data-testid="bulk-result-row"
                  data-outcome={result?.outcome ?? "waiting"}
                >
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    {words !== null ? (
                      // The whole word, never cut to "ACCE…" by a narrow column.
                      <Badge color={words.color} variant="light" miw="max-content">
                        {words.label}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {state.running ? "Waiting…" : "—"}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {result === null
                        ? ""
                        : (result.message ?? OUTCOME_WORDS[result.outcome].note)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Group justify="flex-end">
        {state.running ? (
          <Button
            color="red"
            variant="light"
            onClick={onCancel}
            loading={state.cancelling}
            data-testid="bulk-cancel"
          >
            Cancel the rest
          </Button>
        ) : (
          <>
            {retryable > 0 && (
              <Button variant="default" onClick={onRetryFailed} data-testid="bulk-retry">
                Retry the failed ones ({retryable})
              </Button>
            )}
            <Button onClick={onClose} data-testid="bulk-close">
              Close
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
