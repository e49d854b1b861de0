// The actions a nested record offers on its own screen (Unlock on a connector): its parent's
// actions, sent with the ids of the place the record sits in.
import { Button, Group } from "@mantine/core";
import { IconLockOpen } from "@tabler/icons-react";
import { useState } from "react";
import type { ActionOperation } from "../bindings";
import { findResource, type CatalogResource } from "../catalog/catalogIndex";
import type { PathValues } from "../catalog/paths";
import { useCanWrite } from "../api/access";
import { DISRUPTIVE_ACTIONS } from "../overlay/actions";
import { NESTED_ACTIONS } from "../overlay/detailLayouts";
import { ActionDialog } from "./ActionDialog";
import type { ActionTarget } from "./targets";

export function NestedActions({ resource, path }: { resource: CatalogResource; path: PathValues }) {
  const canWrite = useCanWrite();
  const [open, setOpen] = useState<ActionOperation | null>(null);
  const actions = NESTED_ACTIONS[resource.key] ?? [];
  const chargePoints = findResource("charge-points");
  const chargePoint = path.chargePoint;
  if (!canWrite || actions.length === 0 || chargePoints === undefined || chargePoint === undefined)
    return null;
  // The action names the charge point as its record and the EVSE by its path.
  const target: ActionTarget = {
    resource: chargePoints,
    record: { id: chargePoint },
    path: path.evse !== undefined ? { evse: path.evse } : {},
  };
  return (
    <Group gap="xs">
      {actions.map(({ action, label }) => (
        <Button
          key={action}
          size="sm"
          variant="light"
          color={DISRUPTIVE_ACTIONS[action] !== undefined ? "red" : undefined}
          leftSection={action === "chargePointEvseUnlock" ? <IconLockOpen size={16} /> : undefined}
          onClick={() => setOpen(action)}
          data-testid={`nested-action-${action}`}
        >
          {label}
        </Button>
      ))}
      {open !== null && (
        <ActionDialog operationId={open} target={target} opened onClose={() => setOpen(null)} />
      )}
    </Group>
  );
}
