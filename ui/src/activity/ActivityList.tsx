// The local log of changes made through Plugdesk, newest first, with filters by outcome, kind
// and text, and a link to the record each change touched.
import {
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { ErrorNotice } from "../components/ErrorNotice";
import { formatDateTime } from "../format/format";
import { maskSecrets } from "../format/secrets";
import { changeSentence, operationLabel } from "../catalog/operationLabels";
import { TechnicalDetails } from "../components/TechnicalDetails";
import { singularLabel } from "../catalog/catalogIndex";
import { useActiveTenant } from "../api/session";
import { activityQuery } from "./activityQuery";
import { bulkRunSizes } from "./bulkRuns";
import { NamedReference } from "../components/NamedReference";
import { RouterAnchor } from "../components/RouterAnchor";
import { activityTarget, changeKindOf, type ActivityEntry } from "./activityTarget";

const OUTCOME_COLORS: Record<ActivityEntry["outcome"], string> = {
  sent: "gray",
  succeeded: "green",
  accepted: "blue",
  failed: "red",
  unknown: "orange",
};
// "Sent" stays on an entry whose answer never came because Plugdesk stopped on the way.
const OUTCOME_LABELS: Record<ActivityEntry["outcome"], string> = {
  sent: "Sent",
  succeeded: "Done",
  accepted: "Accepted",
  failed: "Failed",
  unknown: "Unknown",
};

type OutcomeFilter = "all" | ActivityEntry["outcome"];

function matches(entry: ActivityEntry, outcome: OutcomeFilter, text: string): boolean {
  if (outcome !== "all" && entry.outcome !== outcome) return false;
  if (text === "") return true;
  const haystack = `${operationLabel(entry.operationId)} ${entry.title} ${entry.operationId} ${entry.path} ${entry.error ?? ""}`;
  return haystack.toLowerCase().includes(text.toLowerCase());
}

function TargetLink({ entry }: { entry: ActivityEntry }) {
  const target = activityTarget(entry);
  if (target === null) return <Text size="sm">{entry.path}</Text>;
  const noun = singularLabel(target.resource);
  if (target.id === null || changeKindOf(entry.operationId) === "delete") {
    return <Text size="sm">{target.id === null ? `new ${noun}` : `${noun} #${target.id}`}</Text>;
  }
  const label = target.id === "record" ? noun : `${noun} #${target.id}`;
  return (
    <RouterAnchor
      size="sm"
      to="/r/$resource/$id"
      params={{ resource: target.resource.key, id: target.id }}
      search={Object.keys(target.path).length > 0 ? { path: target.path } : {}}
    >
      {target.id === "record" ? (
        label
      ) : (
        <NamedReference resource={target.resource} id={target.id} fallback={label} />
      )}
    </RouterAnchor>
  );
}

export function ActivityList() {
  const tenant = useActiveTenant();
  const [onlyThisProfile, setOnlyThisProfile] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeFilter>("all");
  const [text, setText] = useState("");
  const [bulkRun, setBulkRun] = useState<string | null>(null);
  const profileId = onlyThisProfile ? (tenant?.profileId ?? null) : null;
  const query = useInfiniteQuery(activityQuery(profileId, bulkRun));
  const entries = (query.data?.pages.flat() ?? []).filter((entry) => matches(entry, outcome, text));
  // Changes made to many records at once: one heading over each run's entries.
  const runSizes = bulkRunSizes(query.data?.pages.flat() ?? []);

  return (
    <Stack gap="sm">
      <Group gap="md" align="end">
        <SegmentedControl
          value={outcome}
          onChange={(value) => setOutcome(value as OutcomeFilter)}
          data={[
            { value: "all", label: "All" },
            { value: "succeeded", label: "Done" },
            { value: "accepted", label: "Accepted" },
            { value: "failed", label: "Failed" },
            { value: "unknown", label: "Unknown" },
          ]}
          data-testid="activity-outcome-filter"
        />
        <TextInput
          placeholder="Search change, record or error"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-testid="activity-search"
        />
        {tenant?.profileId !== null && tenant !== null && (
          <Switch
            label={`Only ${tenant.name}`}
            checked={onlyThisProfile}
            onChange={(event) => setOnlyThisProfile(event.currentTarget.checked)}
          />
        )}
      </Group>
      {bulkRun !== null && (
        <Group gap="xs" data-testid="activity-bulk-filter">
          <Text size="sm">Showing the changes of one bulk run.</Text>
          <Button size="compact-sm" variant="subtle" onClick={() => setBulkRun(null)}>
            Show all changes
          </Button>
        </Group>
      )}
      {query.isError && <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />}
      {entries.length === 0 ? (
        <Text data-testid="activity-empty" c="dimmed">
          {(query.data?.pages.flat().length ?? 0) > 0
            ? "No change matches these filters."
            : "Changes you make will be listed here."}
        </Text>
      ) : (
        <Table striped highlightOnHover data-testid="activity-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Tenant</Table.Th>
              <Table.Th>Change</Table.Th>
              <Table.Th>Record</Table.Th>
              <Table.Th>Outcome</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry, index) => (
              <Fragment key={entry.id}>
                {entry.bulkRun !== null && entries[index - 1]?.bulkRun !== entry.bulkRun && (
                  <Table.Tr data-testid="activity-bulk-group">
                    <Table.Td colSpan={5}>
                      <Group gap="xs">
                        <Text size="sm" fw={600}>
                          {operationLabel(entry.operationId)} on {runSizes.get(entry.bulkRun) ?? 1}{" "}
                          records at once
                        </Text>
                        {bulkRun === null && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => setBulkRun(entry.bulkRun)}
                          >
                            Show only this run
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr data-testid="activity-row" data-bulk-run={entry.bulkRun ?? undefined}>
                  <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                  <Table.Td>{entry.tenantName}</Table.Td>
                  <Table.Td>
                    <Text size="sm" data-testid="activity-sentence">
                      {changeSentence(entry.operationId, entry.outcome)}
                    </Text>
                    <TechnicalDetails
                      testId="activity-technical"
                      facts={{
                        method: entry.method,
                        path: entry.path,
                        operationId: entry.operationId,
                        status: entry.status,
                        durationMs: entry.durationMs,
                        json:
                          entry.body !== null
                            ? { label: "The data sent", value: maskSecrets(entry.body) }
                            : undefined,
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TargetLink entry={entry} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Badge color={OUTCOME_COLORS[entry.outcome]} variant="light" tt="none">
                      {OUTCOME_LABELS[entry.outcome]}
                    </Badge>
                    {entry.error !== null && (
                      <Text size="xs" c={entry.outcome === "unknown" ? "orange" : "red"}>
                        {entry.error}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {query.hasNextPage && (
        <Group>
          <Button
            variant="default"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            Show older changes
          </Button>
        </Group>
      )}
    </Stack>
  );
}
