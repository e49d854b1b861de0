// What needs the operator, one line per kind of problem; each record opens itself, and lines
// the API can filter open the list of all of them.
import { Badge, Group, List, Stack, Text } from "@mantine/core";
import type { AttentionKind, ResourceKey } from "../bindings";
import type { Attention, AttentionGroup, Computed } from "./api";
import { formatCount, formatDateTime } from "./format";
import { ListLink, RecordLink } from "./links";
import type { WidgetData } from "./useWidget";
import { WidgetFrame } from "./WidgetFrame";

interface LineWording {
  title: string;
  color: string;
  /** The list screen showing all of them, where the API can select them. */
  list: { resource: ResourceKey; filter: Record<string, string> } | null;
}

// A Record over every kind: when the Rust side adds one, tsc points here.
const LINES: Record<AttentionKind, LineWording> = {
  faultedEvses: { title: "Faulted EVSEs", color: "red", list: null },
  unavailableEvses: { title: "Unavailable EVSEs", color: "gray", list: null },
  offlineChargePoints: { title: "Charge points offline", color: "orange", list: null },
  failedPayments: {
    title: "Sessions whose payment failed",
    color: "red",
    list: { resource: "sessions", filter: { paymentStatus: "failed" } },
  },
  openDowntimePeriods: { title: "Downtime periods still open", color: "yellow", list: null },
  pendingBookingRequests: {
    title: "Booking requests waiting for an answer",
    color: "blue",
    list: { resource: "booking-requests", filter: { status: "pending" } },
  },
  newInstallerJobs: {
    title: "New installer jobs",
    color: "cyan",
    list: { resource: "installer-jobs", filter: { status: "new" } },
  },
};

/** A date-time detail reads as a date; any other detail as it is. */
function detailText(detail: string | null): string | null {
  if (detail === null) return null;
  return /^\d{4}-\d{2}-\d{2}T/.test(detail) ? formatDateTime(detail) : detail;
}

function Line({ group }: { group: AttentionGroup }) {
  const wording = LINES[group.kind];
  const more = group.count - group.records.length;
  return (
    <Stack gap={4} data-testid={`home-attention-${group.kind}`} data-count={group.count}>
      <Group gap="xs">
        <Badge
          color={wording.color}
          variant="light"
          data-testid={`home-attention-${group.kind}-count`}
        >
          {formatCount(group.count)}
        </Badge>
        {wording.list === null ? (
          <Text size="sm" fw={500}>
            {wording.title}
          </Text>
        ) : (
          <ListLink
            resource={wording.list.resource}
            filter={wording.list.filter}
            testId={`home-attention-${group.kind}-list`}
          >
            {wording.title}
          </ListLink>
        )}
      </Group>
      <List size="sm" spacing={2} pl="md">
        {group.records.map((record) => (
          <List.Item key={`${record.resource}-${record.id}`}>
            <RecordLink
              resource={record.resource}
              id={record.id}
              testId={`home-attention-${group.kind}-record`}
            >
              {record.label}
            </RecordLink>
            {detailText(record.detail) !== null && (
              <Text span size="xs" c="dimmed">
                {" "}
                · {detailText(record.detail)}
              </Text>
            )}
          </List.Item>
        ))}
        {more > 0 && (
          <List.Item>
            <Text size="xs" c="dimmed">
              and {formatCount(more)} more
            </Text>
          </List.Item>
        )}
      </List>
    </Stack>
  );
}

export function AttentionWidget({ widget }: { widget: WidgetData<Computed<Attention>> }) {
  return (
    <WidgetFrame
      name="attention"
      title="Needs attention"
      widget={widget}
      emptyText="Nothing needs attention."
    >
      {(attention) => (
        <Stack gap="sm">
          {attention.groups.map((group) => (
            <Line key={group.kind} group={group} />
          ))}
        </Stack>
      )}
    </WidgetFrame>
  );
}
