// EVSEs by hardware status and charge points by network status; every segment opens the
// records it counts.
import { SimpleGrid } from "@mantine/core";
import { useState } from "react";
import { statusLabel } from "./format";
import { SegmentRecords, type OpenSegment } from "./SegmentRecords";
import { StatusChart } from "./StatusChart";
import { evseStatusColor, networkStatusColor } from "./statusColors";
import type { WidgetData } from "./useWidget";
import type { ChargerStatus, Computed, StatusGroup } from "./api";
import { WidgetFrame } from "./WidgetFrame";

export function ChargerStatusWidget({ widget }: { widget: WidgetData<Computed<ChargerStatus>> }) {
  const [open, setOpen] = useState<OpenSegment | null>(null);
  const openGroup = (noun: string) => (group: StatusGroup) =>
    setOpen({ title: `${noun}: ${statusLabel(group.status)}`, records: group.records });
  return (
    <>
      <WidgetFrame
        name="charger-status"
        title="Charger status"
        widget={widget}
        emptyText="This tenant has no charge points yet."
      >
        {(status) => (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <StatusChart
              noun="EVSEs"
              kind="evses"
              groups={status.evses}
              total={status.evseTotal}
              colorOf={evseStatusColor}
              onOpen={openGroup("EVSEs")}
            />
            <StatusChart
              noun="Charge points"
              kind="charge-points"
              groups={status.chargePoints}
              total={status.chargePointTotal}
              colorOf={networkStatusColor}
              onOpen={openGroup("Charge points")}
            />
          </SimpleGrid>
        )}
      </WidgetFrame>
      <SegmentRecords segment={open} onClose={() => setOpen(null)} />
    </>
  );
}
