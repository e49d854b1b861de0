import { Alert, List, Stack, Text, Title } from "@mantine/core";

export function ConnectPage() {
  return (
    <Stack data-testid="page-connect" gap="md" maw={720}>
      <Title order={2}>Connect a tenant</Title>
      <Text>
        This is where you will connect Plugdesk to your AMPECO.CHARGE tenant. You will give:
      </Text>
      <List spacing="xs">
        <List.Item>
          the tenant&apos;s address, for example{" "}
          <Text span ff="monospace">
            https://yourcompany.ampeco.tech
          </Text>
          ;
        </List.Item>
        <List.Item>an API token created in the tenant&apos;s admin panel.</List.Item>
      </List>
      <Text>
        The token goes straight into your operating system&apos;s keychain and never into a file. A
        demo network, which needs no account, will be offered here too.
      </Text>
      <Alert data-testid="connect-not-ready" color="blue" variant="light" title="Not available yet">
        Connecting is not part of this version of Plugdesk yet.
      </Alert>
    </Stack>
  );
}
