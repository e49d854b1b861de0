import { Divider, Stack, Text, Title } from "@mantine/core";
import { ConnectForm } from "../connect/ConnectForm";
import { DemoButton } from "../connect/DemoButton";

export function ConnectPage() {
  return (
    <Stack data-testid="page-connect" gap="md" maw={720}>
      <Title order={2}>Connect a tenant</Title>
      <Text>
        Give the address of your AMPECO.CHARGE tenant and an API token created in its admin panel.
        Plugdesk tests the connection before saving the profile.
      </Text>
      <ConnectForm />
      <Divider label="or, without an account" labelPosition="left" />
      <DemoButton testId="connect-demo" />
    </Stack>
  );
}
