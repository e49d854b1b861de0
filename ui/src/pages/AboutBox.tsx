import { Badge, Group, Paper, Skeleton, Stack, Table, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { appInfoQuery } from "../api/queries";
import { ErrorNotice } from "../components/ErrorNotice";

/** Name, versions and platform of the running app: what a support ticket needs. */
export function AboutBox() {
  const { data: info, error, isPending, refetch } = useQuery(appInfoQuery);

  return (
    <Paper data-testid="about" withBorder p="md">
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h4">
            About {info?.name ?? "Plugdesk"}
          </Title>
          {info?.debug === true && (
            <Badge data-testid="about-debug" color="orange" variant="light">
              Debug build
            </Badge>
          )}
        </Group>
        {isPending ? (
          <Skeleton data-testid="about-loading" h={120} />
        ) : error !== null ? (
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        ) : (
          <Table variant="vertical" withTableBorder={false} layout="fixed">
            <Table.Tbody>
              <AboutRow label="Version" testId="about-version" value={info.version} />
              <AboutRow
                label="Tauri version"
                testId="about-tauri-version"
                value={info.tauriVersion}
              />
              <AboutRow
                label="API spec version"
                testId="about-spec-version"
                value={info.specVersion}
              />
              <AboutRow
                label="Operating system"
                testId="about-os"
                value={`${info.os} (${info.arch})`}
              />
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

interface AboutRowProps {
  label: string;
  testId: string;
  value: string;
}

function AboutRow({ label, testId, value }: AboutRowProps) {
  return (
    <Table.Tr>
      <Table.Th w={180}>{label}</Table.Th>
      <Table.Td data-testid={testId}>{value}</Table.Td>
    </Table.Tr>
  );
}
