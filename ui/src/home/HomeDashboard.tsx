// Home for a connected tenant: the state of the network at a glance. Each widget loads,
// fails and refreshes on its own; the range applies to the charts over time.
import "@mantine/charts/styles.css";
import { Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { TenantView_Serialize } from "../bindings";
import { useRefreshMinutes } from "../components/refreshSetting";
import type { TimeRange } from "./api";
import { AttentionWidget } from "./AttentionWidget";
import { ChargerStatusWidget } from "./ChargerStatusWidget";
import { ChargingNowWidget } from "./ChargingNowWidget";
import { CountsWidget } from "./CountsWidget";
import { EnergyWidget } from "./EnergyWidget";
import { RANGE_OPTIONS, useHomeRange } from "./preferences";
import { RevenueWidget } from "./RevenueWidget";
import {
  attentionIsEmpty,
  chargerStatusIsEmpty,
  chargingNowIsEmpty,
  countsIsEmpty,
  energyIsEmpty,
  revenueIsEmpty,
} from "./emptiness";
import { useWidget } from "./useWidget";

interface HomeDashboardProps {
  tenant: TenantView_Serialize;
}

export function HomeDashboard({ tenant }: HomeDashboardProps) {
  const [range, setRange] = useHomeRange();
  const [refreshMinutes] = useRefreshMinutes();
  const minutes = Number(refreshMinutes);
  // The quick numbers first: they read one or two pages each. The walks over days of
  // sessions and transactions start once the first of them has answered, so they do not
  // queue ahead of it under the tenant's concurrency limit.
  const charging = useWidget("charging-now", tenant, range, minutes, chargingNowIsEmpty);
  const counts = useWidget("counts", tenant, range, minutes, countsIsEmpty);
  const chargers = useWidget("charger-status", tenant, range, minutes, chargerStatusIsEmpty);
  const attention = useWidget("attention", tenant, range, minutes, attentionIsEmpty);
  const quickAnswered = charging.state !== "loading";
  const energy = useWidget("energy", tenant, range, minutes, energyIsEmpty, quickAnswered);
  const revenue = useWidget("revenue", tenant, range, minutes, revenueIsEmpty, quickAnswered);
  return (
    <Stack gap="md" data-testid="home-dashboard">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={2}>{tenant.name}</Title>
          <Text size="sm" c="dimmed">
            {minutes > 0
              ? `Refreshes every ${minutes === 1 ? "minute" : `${minutes} minutes`} while open.`
              : "Refreshes when you ask."}
          </Text>
        </Stack>
        <SegmentedControl
          data-testid="home-range"
          aria-label="Time range of the charts"
          data={RANGE_OPTIONS.map((option) => ({ ...option }))}
          value={range}
          onChange={(value) => {
            const chosen = RANGE_OPTIONS.find((option) => option.value === value);
            if (chosen !== undefined) setRange(chosen.value as TimeRange);
          }}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChargerStatusWidget widget={chargers} />
        <AttentionWidget widget={attention} />
        <ChargingNowWidget widget={charging} />
        <CountsWidget widget={counts} />
        <EnergyWidget widget={energy} />
        <RevenueWidget widget={revenue} />
      </SimpleGrid>
    </Stack>
  );
}
