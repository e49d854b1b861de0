// One request that changes all the selected records at once, where the API has one (apply a
// configuration template to charge points, assign a tariff group to EVSEs): the action's own
// form, starting with the selected records' ids, asked about first, sent once.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ActionResult, PathParamInput } from "../actions";
import type { ApiResponse } from "../api/writes";
import type { CatalogResource } from "../catalog/catalogIndex";
import { operationPathParams } from "../catalog/operationShapes";
import type { PathValues } from "../catalog/paths";
import { recordId, type ApiRecord } from "../catalog/records";
import { RecordForm } from "../forms";
import { fieldLabel } from "../format/labels";
import type { NativeBulkOperation } from "../overlay/bulk";
import { recordsQuestion } from "./bulkOperations";

export interface NativeBulkDialogProps {
  native: NativeBulkOperation;
  resource: CatalogResource;
  records: readonly ApiRecord[];
  onClose: (changed: boolean) => void;
}

export function NativeBulkDialog({ native, resource, records, onClose }: NativeBulkDialogProps) {
  const [chosen, setChosen] = useState<PathValues>({});
  const [result, setResult] = useState<ApiResponse | null>(null);
  const params = operationPathParams(native.operation);
  const missing = params.filter(([name]) => chosen[name] === undefined);
  const ids = records.flatMap((record) => {
    const id = Number(recordId(record));
    return Number.isFinite(id) ? [id] : [];
  });
  const question = recordsQuestion(native.label, resource, records);

  return (
    <Modal opened onClose={() => onClose(result !== null)} title={question.title} size="lg">
      {result !== null ? (
        <Stack>
          <ActionResult operationId={native.operation} response={result} />
          <Group justify="flex-end">
            <Button onClick={() => onClose(true)}>Close</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            One request changes all {records.length} records; their ids are filled in below.
          </Text>
          <RecordForm
            kind="action"
            operationId={native.operation}
            path={chosen}
            initialData={native.bodyFor(ids)}
            header={
              params.length > 0 ? (
                <Stack gap="xs">
                  {params.map((param) => (
                    <PathParamInput
                      key={param[0]}
                      param={param}
                      resource={native.pathResources?.[param[0]] ?? null}
                      value={chosen[param[0]]}
                      onChange={(value) =>
                        setChosen((current) => {
                          const next = { ...current };
                          if (value === undefined) delete next[param[0]];
                          else next[param[0]] = value;
                          return next;
                        })
                      }
                    />
                  ))}
                </Stack>
              ) : null
            }
            pathProblem={
              missing.length > 0
                ? `Choose ${missing.map(([name]) => fieldLabel(name)).join(", ")} first.`
                : null
            }
            confirmation={() => question}
            submitLabel={`${native.label} (${records.length})`}
            onSuccess={setResult}
          />
        </Stack>
      )}
    </Modal>
  );
}
