// Asks for a view's name, to save a new view or rename one. A taken name is said under the
// field, and what was typed stays.
import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { isAppError } from "../api/errors";
import { AppCommandError } from "../api/bridge";
import { ErrorNotice } from "../components/ErrorNotice";

/** Names longer than this are refused by Rust too (they would not fit the sidebar). */
export const MAX_NAME_CHARS = 80;

interface ViewNameDialogProps {
  opened: boolean;
  title: string;
  submitLabel: string;
  initialName: string;
  busy: boolean;
  error: unknown;
  onSubmit: (name: string) => void;
  onClose: () => void;
}

export function ViewNameDialog(props: ViewNameDialogProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      {/* Mounted per opening, so the field starts from the name given each time. */}
      {props.opened && <NameForm {...props} />}
    </Modal>
  );
}

function NameForm({
  submitLabel,
  initialName,
  busy,
  error,
  onSubmit,
  onClose,
}: ViewNameDialogProps) {
  const [name, setName] = useState(initialName);
  const nameError = nameErrorOf(error);
  const blank = name.trim() === "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blank && !busy) onSubmit(name.trim());
  };
  return (
    <form onSubmit={submit} data-testid="view-name-form">
      <Stack gap="sm">
        <TextInput
          data-autofocus
          data-testid="view-name"
          label="View name"
          description="How the view appears in the sidebar and in Search…"
          value={name}
          maxLength={MAX_NAME_CHARS}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          required
        />
        {error !== null && error !== undefined && nameError === undefined && (
          <ErrorNotice error={error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={blank} data-testid="view-name-save">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The problem Rust found with the name (taken, empty, too long), if that is what failed. */
function nameErrorOf(error: unknown): string | undefined {
  const appError = error instanceof AppCommandError ? error.appError : error;
  if (!isAppError(appError) || appError.kind !== "validation") return undefined;
  const messages = appError.errors.name ?? [];
  return messages.length > 0 ? messages.join(" ") : undefined;
}
