// Sessions charging right now: how many, and the newest of them.
import { Group, Table, Text } from "@mantine/core";
import type { ChargingNow, Computed } from "./api";
import { formatCount, formatDateTime, formatKwh } from "./format";
import { ListLink, RecordLink } from "./links";
import type { WidgetData } from "./useWidget";
import { WidgetFrame } from "./WidgetFrame";

export function ChargingNowWidget({ widget }: { widget: WidgetData<Computed<ChargingNow>> }) {
  return (
    <WidgetFrame
      name="charging-now"
      title="Charging now"
      widget={widget}
      emptyText="No sessions are charging right now."
    >
      {(now) => (
        <>
          <Group gap="xs" align="baseline">
            <Text size="xl" fw={700} data-testid="home-charging-count">
              {formatCount(now.active)}
            </Text>
            <ListLink resource="sessions" filter={{ status: "active" }} testId="home-charging-list">
              active {now.active === 1 ? "session" : "sessions"}
            </ListLink>
          </Group>
          <Table striped fz="sm" aria-label="Newest active sessions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Session</Table.Th>
                <Table.Th>Charge point</Table.Th>
                <Table.Th>User</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th ta="right">Energy so far</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {now.newest.map((session) => (
                <Table.Tr key={session.id} data-testid="home-charging-session">
                  <Table.Td>
                    <RecordLink resource="sessions" id={session.id}>
                      {session.id}
                    </RecordLink>
                  </Table.Td>
                  <Table.Td>
                    {session.chargePointId === null ? (
                      "—"
                    ) : (
                      <RecordLink resource="charge-points" id={session.chargePointId}>
                        {session.chargePointId}
                      </RecordLink>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {session.userId === null ? (
                      (session.idTagLabel ?? "—")
                    ) : (
                      <RecordLink resource="users" id={session.userId}>
                        {session.idTagLabel ?? session.userId}
                      </RecordLink>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateTime(session.startedAt)}</Table.Td>
                  <Table.Td ta="right">
                    {session.energyKwh === null ? "—" : formatKwh(session.energyKwh)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </WidgetFrame>
  );
}
