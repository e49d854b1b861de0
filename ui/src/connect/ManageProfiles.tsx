import { ActionIcon, Badge, Button, Group, Modal, Stack, Text, Tooltip } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ActionProblem } from "./ActionProblem";
import { ProfileEditForm } from "./ProfileEditForm";
import { deleteProfile, useSession, type ProfileView } from "../api/session";
import { useApplySession } from "./useApplySession";

type View = { mode: "list" } | { mode: "edit"; id: string } | { mode: "delete"; id: string };

interface ManageProfilesProps {
  opened: boolean;
  onClose: () => void;
}

/** Every saved profile, to edit or delete, in a modal over the current screen. */
export function ManageProfiles({ opened, onClose }: ManageProfilesProps) {
  const session = useSession();
  const profiles = session.data?.profiles ?? [];
  const activeId = session.data?.active?.profileId ?? null;
  const [view, setView] = useState<View>({ mode: "list" });
  const selected = view.mode === "list" ? null : profiles.find(({ id }) => id === view.id);

  function close() {
    setView({ mode: "list" });
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title="Tenant profiles" size="lg" centered>
      <div data-testid="profiles-manage">
        {selected != null && view.mode === "edit" && (
          <ProfileEditForm profile={selected} onDone={() => setView({ mode: "list" })} />
        )}
        {selected != null && view.mode === "delete" && (
          <DeleteConfirmation profile={selected} onDone={() => setView({ mode: "list" })} />
        )}
        {selected == null && (
          <Stack gap="xs">
            {profiles.length === 0 && <Text c="dimmed">No profiles are saved.</Text>}
            {profiles.map((profile) => (
              <Group key={profile.id} justify="space-between" wrap="nowrap">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Badge color={profile.color} variant="filled" radius="sm" tt="none">
                      {profile.name}
                    </Badge>
                    {profile.id === activeId && (
                      <Badge variant="light" color="gray" radius="sm" tt="none">
                        connected
                      </Badge>
                    )}
                    {profile.readOnly && (
                      <Badge variant="light" color="gray" radius="sm" tt="none">
                        read-only
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" data-testid={`profile-url-${profile.name}`}>
                    {profile.tenantUrl}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label="Edit">
                    <ActionIcon
                      data-testid={`profile-edit-${profile.name}`}
                      variant="subtle"
                      aria-label={`Edit ${profile.name}`}
                      onClick={() => setView({ mode: "edit", id: profile.id })}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Delete">
                    <ActionIcon
                      data-testid={`profile-delete-${profile.name}`}
                      variant="subtle"
                      color="red"
                      aria-label={`Delete ${profile.name}`}
                      onClick={() => setView({ mode: "delete", id: profile.id })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </div>
    </Modal>
  );
}

function DeleteConfirmation({ profile, onDone }: { profile: ProfileView; onDone: () => void }) {
  const applySession = useApplySession();
  const remove = useMutation({
    mutationFn: () => deleteProfile(profile.id),
    onSuccess: (status) => {
      onDone();
      applySession(status);
    },
  });
  return (
    <Stack gap="md" data-testid="delete-confirmation">
      <Text>
        Delete profile {profile.name} ({profile.tenantUrl})? Its API token will be removed from this
        computer&apos;s keychain.
      </Text>
      {remove.isError && (
        <ActionProblem
          testId="profile-delete-error"
          error={remove.error}
          onRetry={() => remove.mutate()}
          retrying={remove.isPending}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={remove.isPending}>
          Keep it
        </Button>
        <Button
          data-testid="confirm-delete"
          color="red"
          loading={remove.isPending}
          onClick={() => remove.mutate()}
        >
          Delete profile
        </Button>
      </Group>
    </Stack>
  );
}
