import { Group, List, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconPlugConnected } from "@tabler/icons-react";
import { RouterButton } from "../components/links";
import { useSession } from "../api/session";
import { DemoButton } from "../connect/DemoButton";
import { HomeDashboard } from "../home";
import { PinnedViewTiles } from "../views";

/** Home: the connected tenant's dashboard, or a welcome that leads to connecting one. */
export function HomePage() {
  const session = useSession();
  const tenant = session.data?.active ?? null;
  if (tenant !== null) {
    return (
      <Stack data-testid="page-home" gap="lg">
        <PinnedViewTiles tenant={tenant} />
        <HomeDashboard tenant={tenant} />
      </Stack>
    );
  }
  // Until the window knows whether the last profile reconnected, Home shows neither: the
  // welcome's "Connect a tenant" would flash up before that tenant's dashboard.
  if (session.isPending) {
    return (
      <div data-testid="page-home-opening" aria-busy="true">
        <VisuallyHidden role="status">Opening Plugdesk</VisuallyHidden>
      </div>
    );
  }
  return <Welcome />;
}

function Welcome() {
  return (
    <Stack data-testid="page-home" gap="lg" maw={720}>
      <Title order={2}>Welcome to Plugdesk</Title>
      <Text>
        Plugdesk lets you run your EV-charging network on AMPECO.CHARGE from your desktop: look up
        charge points, sessions, customers and invoices, change what needs changing, and start or
        stop charging, without a terminal.
      </Text>
      <List spacing="xs">
        <List.Item>Every resource of the AMPECO.CHARGE Public API in searchable tables.</List.Item>
        <List.Item>Forms and actions that confirm before anything disruptive happens.</List.Item>
        <List.Item>Your API token kept in your operating system&apos;s keychain.</List.Item>
      </List>
      <Group align="flex-start">
        <RouterButton
          data-testid="home-connect"
          to="/connect"
          leftSection={<IconPlugConnected size={18} />}
        >
          Connect a tenant
        </RouterButton>
        <DemoButton testId="home-demo" />
      </Group>
    </Stack>
  );
}
