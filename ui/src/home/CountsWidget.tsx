// The size of the network and its customers: each number opens the list it counts.
import { SimpleGrid, Stack, Text } from "@mantine/core";
import type { CountKind, ResourceKey } from "../bindings";
import type { Computed, Counts } from "./api";
import { formatCount } from "./format";
import { ListLink } from "./links";
import type { WidgetData } from "./useWidget";
import { WidgetFrame } from "./WidgetFrame";

// A Record over every kind: when the Rust side adds one, tsc points here.
const COUNTED: Record<
  CountKind,
  { title: string; resource: ResourceKey; filter?: Record<string, string> }
> = {
  customers: { title: "Customers", resource: "users" },
  idTags: { title: "ID tags", resource: "id-tags" },
  activeSubscriptions: {
    title: "Active subscriptions",
    resource: "subscriptions",
    filter: { status: "active" },
  },
  activeReservations: {
    title: "Active reservations",
    resource: "reservations",
    filter: { status: "active" },
  },
  locations: { title: "Locations", resource: "locations" },
  chargePoints: { title: "Charge points", resource: "charge-points" },
};

export function CountsWidget({ widget }: { widget: WidgetData<Computed<Counts>> }) {
  return (
    <WidgetFrame name="counts" title="Counts" widget={widget} emptyText="Nothing to count yet.">
      {(counts) => (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          {counts.lines.map((line) => {
            const counted = COUNTED[line.kind];
            return (
              <Stack gap={0} key={line.kind} data-testid={`home-count-${line.kind}`}>
                <Text size="xl" fw={700} data-testid={`home-count-${line.kind}-value`}>
                  {formatCount(line.count)}
                </Text>
                <ListLink
                  resource={counted.resource}
                  filter={counted.filter}
                  testId={`home-count-${line.kind}-list`}
                >
                  {counted.title}
                </ListLink>
              </Stack>
            );
          })}
        </SimpleGrid>
      )}
    </WidgetFrame>
  );
}
