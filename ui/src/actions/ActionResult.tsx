import { Alert, Anchor, Code, Group, Stack, Text } from "@mantine/core";
import type { ActionOperation, Value } from "../bindings";
import { isRecord, unwrapData } from "../catalog/records";
import type { ApiResponse } from "../api/writes";
import { ACTION_EFFECTS, START_SESSION_ERRORS } from "../overlay/actions";

export interface ActionResultProps {
  operationId: ActionOperation;
  response: ApiResponse;
}

function headline(status: number): string {
  // 202 means the platform took the request; the charge point has not necessarily acted yet.
  if (status === 202) return "Accepted by the charging system";
  return "Done";
}

/** The answer as the API gave it: accepted or done, the returned data, errors in words. */
export function ActionResult({ operationId, response }: ActionResultProps) {
  const data: Value = unwrapData(response.body ?? null);
  const record = isRecord(data) ? data : null;
  const errorCode = typeof record?.errorCode === "string" ? record.errorCode : null;
  const failed = record?.success === false || errorCode !== null;
  const effect = ACTION_EFFECTS[operationId];
  const openId = effect?.open !== undefined ? record?.[effect.open.field] : undefined;

  return (
    <Stack gap="sm" data-testid="action-result">
      <Alert
        color={failed ? "red" : "green"}
        title={failed ? "Not carried out" : headline(response.status)}
      >
        {response.status === 202 && !failed && (
          <Text size="sm">
            The charging system took the request and will carry it out; the record shows the effect
            once the charge point reports back.
          </Text>
        )}
        {errorCode !== null && (
          <Text size="sm" data-testid="action-error-code">
            {START_SESSION_ERRORS[errorCode] ?? `The platform answered ${errorCode}.`}
          </Text>
        )}
        {typeof record?.message === "string" && record.message !== "" && (
          <Text size="sm">{record.message}</Text>
        )}
      </Alert>
      {data !== null && (
        <Code
          block
          data-testid="action-result-data"
          // Long answers scroll: the block takes focus so the keyboard can scroll it.
          tabIndex={0}
          role="region"
          aria-label="The data the platform returned"
        >
          {JSON.stringify(data, null, 2)}
        </Code>
      )}
      {effect?.open !== undefined && (typeof openId === "number" || typeof openId === "string") && (
        <Group>
          <Anchor href={`#/r/${effect.open.resource}/${openId}`} data-testid="action-open-record">
            {effect.open.label} #{openId}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
