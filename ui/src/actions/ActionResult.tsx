import { Alert, Anchor, Group, Stack, Text } from "@mantine/core";
import type { ActionOperation, Value } from "../bindings";
import { isRecord, unwrapData } from "../catalog/records";
import { changeSentence, outcomeOfAnswer, reachesCharger } from "../catalog/operationLabels";
import { operationMethod, operationPath } from "../catalog/operationShapes";
import type { ApiResponse } from "../api/writes";
import { TechnicalDetails } from "../components/TechnicalDetails";
import { ACTION_EFFECTS, START_SESSION_ERRORS } from "../overlay/actions";

export interface ActionResultProps {
  operationId: ActionOperation;
  response: ApiResponse;
}

/**
 * The answer in words: "Stop charging · sent to the charger, waiting for it to confirm", errors
 * explained, the record it made to open; the request and the raw answer under "Technical details".
 */
export function ActionResult({ operationId, response }: ActionResultProps) {
  const data: Value = unwrapData(response.body ?? null);
  const record = isRecord(data) ? data : null;
  const errorCode = typeof record?.errorCode === "string" ? record.errorCode : null;
  const failed = record?.success === false || errorCode !== null;
  const outcome = outcomeOfAnswer(response.status, failed);
  const effect = ACTION_EFFECTS[operationId];
  const openId = effect?.open !== undefined ? record?.[effect.open.field] : undefined;
  const sentence = changeSentence(operationId, outcome);

  return (
    <Stack gap="sm" data-testid="action-result" data-outcome={failed ? "failed" : outcome}>
      <Alert color={failed ? "red" : outcome === "accepted" ? "blue" : "green"} title={sentence}>
        {outcome === "accepted" && (
          <Text size="sm">
            {reachesCharger(operationId)
              ? "The platform passed the request on; the record shows the effect once the charge point reports back."
              : "The platform took the request and will carry it out."}
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
      {effect?.open !== undefined && (typeof openId === "number" || typeof openId === "string") && (
        <Group>
          <Anchor href={`#/r/${effect.open.resource}/${openId}`} data-testid="action-open-record">
            {effect.open.label} #{openId}
          </Anchor>
        </Group>
      )}
      <TechnicalDetails
        testId="action-result-technical"
        facts={{
          method: operationMethod(operationId),
          path: operationPath(operationId),
          operationId,
          status: response.status,
          json: { label: "The data the platform returned", value: data },
        }}
      />
    </Stack>
  );
}
