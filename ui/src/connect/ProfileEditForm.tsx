import { Button, Group, PasswordInput, Stack, Switch, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ActionProblem } from "./ActionProblem";
import { ColorPicker } from "./ColorPicker";
import { fieldErrorsOf } from "./errorFacts";
import { updateProfile, type ProfileChanges, type ProfileView } from "../api/session";
import { previewTenantUrl } from "./tenantUrl";
import { TenantUrlField } from "./TenantUrlField";
import { useApplySession } from "./useApplySession";

interface ProfileEditFormProps {
  profile: ProfileView;
  onDone: () => void;
}

/**
 * Rename, move to another address, recolour, replace the token or toggle read-only; only what
 * changed is sent. A new address needs the token again: the stored one is never sent elsewhere.
 */
export function ProfileEditForm({ profile, onDone }: ProfileEditFormProps) {
  const applySession = useApplySession();
  const [name, setName] = useState(profile.name);
  const [tenantUrl, setTenantUrl] = useState(profile.tenantUrl);
  const [color, setColor] = useState(profile.color);
  const [readOnly, setReadOnly] = useState(profile.readOnly);
  // Empty means "keep the stored token": the webview never learns what it is.
  const [token, setToken] = useState("");

  const normalised = previewTenantUrl(tenantUrl);
  // Spelled differently but the same address ("acme.ampeco.tech/admin") is not a move.
  const moves = tenantUrl.trim() !== profile.tenantUrl && normalised !== profile.tenantUrl;
  const tokenMissing = moves && token.trim() === "";
  const changes: ProfileChanges = {
    ...(name !== profile.name && { name }),
    ...(moves && { tenantUrl }),
    ...(color !== profile.color && { color }),
    ...(readOnly !== profile.readOnly && { readOnly }),
    ...(token.trim() !== "" && { token }),
  };
  const save = useMutation({
    mutationFn: () => updateProfile(profile.id, changes),
    onSuccess: (status) => {
      applySession(status);
      onDone();
    },
  });
  const fieldErrors = fieldErrorsOf(save.error);
  const nothingChanged = Object.keys(changes).length === 0;

  return (
    <form
      data-testid={`profile-edit-form-${profile.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!save.isPending && !nothingChanged && !tokenMissing) save.mutate();
      }}
    >
      <Stack gap="sm">
        <TextInput
          data-testid="profile-edit-name"
          label="Profile name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldErrors.name}
          required
        />
        <TenantUrlField
          testId="profile-edit-url"
          value={tenantUrl}
          onChange={setTenantUrl}
          error={fieldErrors.tenantUrl}
          hidePreview={!moves}
        />
        <ColorPicker
          value={color}
          onChange={setColor}
          testIdPrefix="profile-edit-color-"
          error={fieldErrors.color}
        />
        <Switch
          data-testid="profile-edit-read-only"
          label="Read-only"
          checked={readOnly}
          onChange={(event) => setReadOnly(event.currentTarget.checked)}
        />
        <PasswordInput
          data-testid="profile-edit-token"
          label={moves ? "API token for the new address" : "Replace API token"}
          description={
            moves
              ? "Needed for a new address: Plugdesk never sends the stored token to another address."
              : "Leave empty to keep the token stored in the keychain."
          }
          required={moves}
          value={token}
          onChange={(event) => setToken(event.currentTarget.value)}
          error={fieldErrors.token}
          autoComplete="off"
        />
        {save.isError && Object.keys(fieldErrors).length === 0 && (
          <ActionProblem
            testId="profile-edit-error"
            error={save.error}
            onRetry={() => save.mutate()}
            retrying={save.isPending}
          />
        )}
        <Group justify="flex-end">
          <Button data-testid="profile-edit-cancel" variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            data-testid="profile-edit-save"
            type="submit"
            loading={save.isPending}
            disabled={nothingChanged || tokenMissing}
          >
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
