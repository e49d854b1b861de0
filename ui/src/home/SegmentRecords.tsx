import type { RecordRef } from "./api";
// The records one chart segment counted, from the very walk that counted them: opening a
// segment shows exactly those records, and each row opens its record.
import { Modal, ScrollArea, Table, Text } from "@mantine/core";
import { formatCount } from "./format";
import { RecordLink } from "./links";

export interface OpenSegment {
  title: string;
  records: RecordRef[];
}

interface SegmentRecordsProps {
  segment: OpenSegment | null;
  onClose: () => void;
}

export function SegmentRecords({ segment, onClose }: SegmentRecordsProps) {
  return (
    <Modal
      opened={segment !== null}
      onClose={onClose}
      title={segment === null ? "" : `${segment.title} (${formatCount(segment.records.length)})`}
      size="lg"
    >
      {segment !== null && (
        <ScrollArea.Autosize mah="60vh" data-testid="home-segment-records">
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Record</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {segment.records.map((record) => (
                <Table.Tr
                  key={`${record.resource}-${record.id}`}
                  data-testid="home-segment-record"
                  data-id={record.id}
                >
                  <Table.Td>
                    <RecordLink resource={record.resource} id={record.id}>
                      {record.label}
                    </RecordLink>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {record.detail ?? `#${record.id}`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Modal>
  );
}
