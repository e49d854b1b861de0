import { Stack, Text, Title } from "@mantine/core";
import { ConnectForm } from "../connect/ConnectForm";

export function ConnectPage() {
  return (
    <Stack data-testid="page-connect" gap="md" maw={720}>
      <Title order={2}>Connect a tenant</Title>
      <Text>
        Give the address of your AMPECO.CHARGE tenant and an API token created in its admin panel.
        Plugdesk tests the connection before saving the profile.
      </Text>
      <ConnectForm />
      <Text size="sm" c="dimmed">
        A demo network, which needs no account, will be offered here in a later version.
      </Text>
    </Stack>
  );
}
