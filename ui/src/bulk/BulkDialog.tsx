// The dialog of one bulk change: the action's form filled once (with any path value no record
// holds, such as a reset's hard or soft, asked once too), or for Delete nothing to fill; a
// confirmation naming the action, the count and the first records; then each record's result.
import { Modal, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import type { Value } from "../bindings";
import { PathParamInput } from "../actions";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { RecordForm } from "../forms";
import type { CatalogResource } from "../catalog/catalogIndex";
import { withPathValue, type PathValues } from "../catalog/paths";
import type { ApiRecord } from "../catalog/records";
import { fieldLabel } from "../format/labels";
import { PATH_PARAM_RESOURCES } from "../overlay/actions";
import { askedOnce, bulkQuestion, pathFor, recordName, type BulkChoice } from "./bulkOperations";
import { BulkResults } from "./BulkResults";
import { useBulkRun, type BulkTarget } from "./useBulkRun";

export interface BulkDialogProps {
  choice: BulkChoice;
  resource: CatalogResource;
  parents: PathValues;
  records: readonly ApiRecord[];
  /**
   * After the dialog closed; `changed` when anything was sent, `done` the records the tenant
   * carried out or accepted (a failed one stays selected, to try again).
   */
  onClose: (changed: boolean, done: readonly ApiRecord[]) => void;
}

export function BulkDialog({ choice, resource, parents, records, onClose }: BulkDialogProps) {
  const run = useBulkRun(choice.operation);
  const [started, setStarted] = useState(false);
  const [chosen, setChosen] = useState<PathValues>({});
  const asked = useMemo(() => askedOnce(choice, resource, parents), [choice, resource, parents]);
  const names = useMemo(() => records.map((r) => recordName(resource, r)), [records, resource]);
  const targets: BulkTarget[] | null = useMemo(() => {
    const all = records.map((record) => ({
      record,
      path: pathFor(choice, resource, parents, record, chosen),
    }));
    return all.every((t) => t.path !== null) ? (all as BulkTarget[]) : null;
  }, [records, choice, resource, parents, chosen]);
  const start = (body: Value) => {
    if (targets === null) return;
    setStarted(true);
    run.start(body, targets);
  };
  const close = () => {
    if (run.state.running) return;
    const done = records.filter((_, index) => {
      const outcome = run.state.results[index]?.outcome;
      return outcome === "succeeded" || outcome === "accepted";
    });
    onClose(started, done);
  };
  const question = bulkQuestion(choice, resource, records, null);

  if (choice.kind === "delete" && !started) {
    return (
      <ConfirmDialog
        opened
        title={question.title}
        message={question.message}
        confirmLabel={question.confirmLabel}
        onConfirm={() => start(null)}
        onCancel={() => onClose(false, [])}
      />
    );
  }

  return (
    <Modal
      opened
      onClose={close}
      title={question.title}
      size="xl"
      closeOnEscape={!run.state.running}
    >
      {started || choice.kind === "delete" ? (
        <BulkResults
          names={names}
          state={run.state}
          onCancel={run.cancel}
          onRetryFailed={run.retryFailed}
          onClose={close}
        />
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            Fill this in once; it is sent to each of the {records.length} records.
          </Text>
          <RecordForm
            kind="action"
            operationId={choice.action.operationId}
            path={targets?.[0]?.path ?? parents}
            header={
              asked.length > 0 ? (
                <Stack gap="xs">
                  {asked.map((param) => {
                    const [name] = param;
                    const reference = PATH_PARAM_RESOURCES[name];
                    return (
                      <PathParamInput
                        key={name}
                        param={param}
                        resource={
                          reference !== undefined && reference.within === undefined
                            ? reference.resource
                            : null
                        }
                        value={chosen[name]}
                        onChange={(value) =>
                          setChosen((current) => withPathValue(current, name, value))
                        }
                      />
                    );
                  })}
                </Stack>
              ) : null
            }
            pathProblem={
              targets === null
                ? `Choose ${asked.map(([name]) => fieldLabel(name)).join(", ")} first.`
                : null
            }
            submitLabel={`${choice.label} (${records.length})`}
            confirmation={(body) => bulkQuestion(choice, resource, records, body)}
            submit={start}
            onSuccess={() => {}}
          />
        </Stack>
      )}
    </Modal>
  );
}
