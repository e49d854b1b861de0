import {
  Alert,
  Button,
  Group,
  Loader,
  PasswordInput,
  Stack,
  Switch,
  TextInput,
} from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ActionProblem } from "./ActionProblem";
import { errorKindOf, fieldErrorsOf, keychainErrorOf } from "./errorFacts";
import { ColorPicker } from "./ColorPicker";
import { unusedColor } from "./colors";
import { addProfile, checkConnection, sessionQuery } from "../api/session";
import { previewTenantUrl, suggestProfileName } from "./tenantUrl";
import { TenantUrlField } from "./TenantUrlField";
import { useApplySession } from "./useApplySession";

type Attempt = "test" | "save" | "saveAnyway";

// Failures that say nothing about whether the tenant can be reached: offering "Save anyway"
// after them would only save the same mistake.
const NOT_CONNECTION_PROBLEMS = new Set(["validation", "keychainUnavailable", "keychainLocked"]);

/**
 * Tenant address, API token, name, colour and read-only flag; "Test connection", "Test and
 * save", and "Save anyway" once a test has failed. What the operator typed stays in place
 * whatever happens, so a failure never costs them their input.
 */
export function ConnectForm() {
  const session = useQuery(sessionQuery);
  const applySession = useApplySession();

  const [tenantUrl, setTenantUrl] = useState("");
  const [token, setToken] = useState("");
  const [name, setName] = useState<string | null>(null);
  const [color, setColor] = useState<string | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  const [lastAttempt, setLastAttempt] = useState<Attempt | null>(null);

  const normalised = previewTenantUrl(tenantUrl);
  // The name follows the address until the operator types one of their own.
  const shownName = name ?? suggestProfileName(normalised);
  const shownColor =
    color ?? unusedColor((session.data?.profiles ?? []).map((profile) => profile.color));

  const test = useMutation({
    mutationFn: () => checkConnection(tenantUrl, token),
  });
  const save = useMutation({
    mutationFn: (skipTest: boolean) =>
      addProfile({ name: shownName, tenantUrl, color: shownColor, readOnly, token, skipTest }),
    onSuccess: (status) => applySession(status, { goHome: true }),
  });

  const busy = test.isPending || save.isPending;
  const failure = lastAttempt === "test" ? test.error : save.error;
  const fieldErrors = fieldErrorsOf(failure);
  const failedToConnect =
    failure !== null && !NOT_CONNECTION_PROBLEMS.has(errorKindOf(failure) ?? "");
  // Field problems are shown on their fields; anything else gets its own notice.
  const showProblem = failure !== null && Object.keys(fieldErrors).length === 0;

  function run(attempt: Attempt) {
    setLastAttempt(attempt);
    test.reset();
    save.reset();
    if (attempt === "test") {
      test.mutate();
    } else {
      save.mutate(attempt === "saveAnyway");
    }
  }

  return (
    <form
      data-testid="connect-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) run("save");
      }}
    >
      <Stack gap="md" maw={560}>
        <TenantUrlField
          testId="connect-url"
          description="The address of your AMPECO.CHARGE tenant, or any page of its admin panel."
          value={tenantUrl}
          onChange={setTenantUrl}
          error={fieldErrors.tenantUrl}
        />
        <PasswordInput
          data-testid="connect-token"
          label="API token"
          description="Created in the tenant's admin panel. It is kept in your operating system's keychain, never in a file."
          value={token}
          onChange={(event) => setToken(event.currentTarget.value)}
          error={fieldErrors.token}
          autoComplete="off"
          required
        />
        <TextInput
          data-testid="connect-name"
          label="Profile name"
          description="Shown in the header, so you always know which tenant you are working on."
          value={shownName}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldErrors.name}
          required
        />
        <ColorPicker
          value={shownColor}
          onChange={setColor}
          testIdPrefix="connect-color-"
          error={fieldErrors.color}
        />
        <Switch
          data-testid="connect-read-only"
          label="Read-only: look, but never change anything on this tenant"
          checked={readOnly}
          onChange={(event) => setReadOnly(event.currentTarget.checked)}
        />

        {test.isSuccess && lastAttempt === "test" && (
          <Alert
            data-testid="connect-result"
            color="green"
            variant="light"
            title="Connection works"
            icon={<IconCircleCheck size={18} />}
          >
            {test.data.summary}
          </Alert>
        )}
        {showProblem && (
          <ActionProblem
            testId={keychainErrorOf(failure) === null ? "connect-error" : undefined}
            error={failure}
            onRetry={() => run(lastAttempt ?? "test")}
            retrying={busy}
          />
        )}

        <Group>
          {/* While a check runs its button says so in words beside a spinner: a spinner alone
              in place of the label reads as a blank button. */}
          <Button
            data-testid="connect-test"
            variant="default"
            leftSection={test.isPending ? <Loader size={14} /> : undefined}
            disabled={busy}
            onClick={() => run("test")}
          >
            {test.isPending ? "Testing…" : "Test connection"}
          </Button>
          <Button
            data-testid="connect-save"
            type="submit"
            leftSection={save.isPending ? <Loader size={14} color="currentColor" /> : undefined}
            disabled={busy}
          >
            {save.isPending ? "Testing and saving…" : "Test and save"}
          </Button>
          {failedToConnect && (
            <Button
              data-testid="connect-save-anyway"
              variant="light"
              color="orange"
              loading={save.isPending && lastAttempt === "saveAnyway"}
              disabled={busy}
              onClick={() => run("saveAnyway")}
            >
              Save anyway
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
