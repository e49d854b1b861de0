// The tenant address as typed, with the address Plugdesk will really use shown beneath it
// (scheme, host and port only; https unless loopback), for the connect and edit forms alike.
import { Text, TextInput } from "@mantine/core";
import { previewTenantUrl } from "./tenantUrl";

interface TenantUrlFieldProps {
  testId: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  /** Hide the preview line (an unchanged address needs none). */
  hidePreview?: boolean;
}

export function TenantUrlField(props: TenantUrlFieldProps) {
  const normalised = previewTenantUrl(props.value);
  const preview =
    normalised !== null
      ? `Plugdesk will connect to ${normalised}`
      : props.value.trim() === ""
        ? "\u00a0"
        : "This does not look like a tenant address yet.";
  return (
    <>
      <TextInput
        data-testid={props.testId}
        label="Tenant address"
        placeholder="yourcompany.ampeco.tech"
        description={props.description}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        error={props.error}
        autoComplete="off"
        spellCheck={false}
        required
      />
      {!props.hidePreview && (
        <Text data-testid={`${props.testId}-normalised`} size="sm" c="dimmed" mt={-8}>
          {preview}
        </Text>
      )}
    </>
  );
}
