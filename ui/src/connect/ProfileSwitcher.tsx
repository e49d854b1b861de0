import { Badge, Button, ColorSwatch, Group, Menu, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconCheck,
  IconChevronDown,
  IconLock,
  IconPlugConnectedX,
  IconPlus,
  IconSettings,
} from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { ActionProblem } from "./ActionProblem";
import { ManageProfiles } from "./ManageProfiles";
import { activateProfile, disconnect, useSession, type TenantView } from "../api/session";
import { useApplySession } from "./useApplySession";

/** The active tenant in the header, and the menu to switch, add, manage or disconnect. */
export function ProfileSwitcher() {
  const session = useSession();
  const tenant = session.data?.active ?? null;
  const profiles = session.data?.profiles ?? [];
  const applySession = useApplySession();
  const navigate = useNavigate();
  const [manageOpened, manage] = useDisclosure(false);

  const switchTo = useMutation({
    mutationFn: activateProfile,
    onSuccess: (status) => applySession(status, { goHome: true }),
  });
  const leave = useMutation({
    mutationFn: disconnect,
    onSuccess: (status) => applySession(status, { goHome: true }),
  });
  const busy = switchTo.isPending || leave.isPending;

  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Menu position="bottom-end" width={260} withinPortal>
          <Menu.Target>
            <Button
              data-testid="profile-switcher"
              variant="subtle"
              color="gray"
              px={6}
              loading={busy}
              rightSection={<IconChevronDown size={14} />}
              // The name read out starts with what the button shows, so voice control finds it.
              aria-label={`${tenant?.name ?? "No tenant"}: switch tenant profile`}
            >
              <ActiveTenantBadge tenant={tenant} />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {profiles.length > 0 && <Menu.Label>Profiles</Menu.Label>}
            {profiles.map((profile) => {
              const active = tenant?.profileId === profile.id;
              return (
                <Menu.Item
                  key={profile.id}
                  data-testid={`profile-option-${profile.name}`}
                  aria-current={active ? "true" : undefined}
                  disabled={busy}
                  leftSection={
                    <ColorSwatch color={`var(--mantine-color-${profile.color}-filled)`} size={12} />
                  }
                  rightSection={active ? <IconCheck size={14} /> : null}
                  onClick={() => {
                    if (!active) switchTo.mutate(profile.id);
                  }}
                >
                  {profile.name}
                </Menu.Item>
              );
            })}
            {profiles.length > 0 && <Menu.Divider />}
            <Menu.Item
              data-testid="profile-add"
              leftSection={<IconPlus size={14} />}
              onClick={() => void navigate({ to: "/connect" })}
            >
              Add tenant…
            </Menu.Item>
            <Menu.Item
              data-testid="profile-manage"
              leftSection={<IconSettings size={14} />}
              disabled={profiles.length === 0}
              onClick={manage.open}
            >
              Manage profiles
            </Menu.Item>
            <Menu.Item
              data-testid="profile-disconnect"
              leftSection={<IconPlugConnectedX size={14} />}
              disabled={tenant === null || busy}
              onClick={() => leave.mutate()}
            >
              Disconnect
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {tenant?.demo && (
          <Badge data-testid="tenant-demo" color="violet" variant="light" radius="sm">
            DEMO
          </Badge>
        )}
        {tenant?.readOnly && (
          <Badge
            data-testid="tenant-read-only"
            color="gray"
            variant="light"
            radius="sm"
            tt="none"
            leftSection={<IconLock size={12} />}
          >
            read-only
          </Badge>
        )}
      </Group>

      <Modal
        opened={switchTo.isError || leave.isError}
        onClose={() => {
          switchTo.reset();
          leave.reset();
        }}
        title={switchTo.isError ? "Could not switch profile" : "Could not disconnect"}
        centered
      >
        <ActionProblem
          testId="switch-error"
          error={switchTo.error ?? leave.error}
          retrying={busy}
          onRetry={() => {
            if (switchTo.isError && switchTo.variables !== undefined) {
              switchTo.mutate(switchTo.variables);
            } else {
              leave.mutate();
            }
          }}
        />
      </Modal>
      <ManageProfiles opened={manageOpened} onClose={manage.close} />
    </>
  );
}

function ActiveTenantBadge({ tenant }: { tenant: TenantView | null }) {
  if (tenant === null) {
    return (
      <Badge
        data-testid="tenant-badge"
        variant="outline"
        color="gray"
        size="lg"
        radius="sm"
        tt="none"
      >
        No tenant
      </Badge>
    );
  }
  return (
    <Badge
      data-testid="tenant-badge"
      data-color={tenant.color}
      title={tenant.tenantUrl}
      variant="filled"
      color={tenant.color}
      size="lg"
      radius="sm"
      tt="none"
    >
      {tenant.name}
    </Badge>
  );
}
