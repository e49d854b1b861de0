// One form for every create, update and action operation: rendered from the operation's
// request-body schema, checked by the Rust side before sending, sent once per click, and
// keeping everything entered when the tenant says no.
import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { withTheme } from "@rjsf/core";
import type { ErrorSchema, RJSFSchema } from "@rjsf/utils";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState, type ReactNode } from "react";
import type { Value } from "../bindings";
import { AppCommandError, type AppError } from "../api/bridge";
import { ErrorNotice } from "../components/ErrorNotice";
import { formatterFor, plainText } from "../format/format";
import { changedFields, editableValues, readOnlyValues, wholeBody, type Body } from "./body";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { JsonBodyEditor } from "./JsonBodyEditor";
import { fieldLabel } from "../format/labels";
import { operationMethod } from "../catalog/operationShapes";
import { operationOf } from "../catalog/operationLabels";
import { formSections } from "../catalog/detailLayout";
import { requestSchemaQuery } from "./schema";
import { checkBody, sendWrite, type ApiResponse, type WriteOperation } from "../api/writes";
import { useGuardedSubmit } from "../components/useGuardedSubmit";
import { formTheme } from "./theme";
import { buildUiSchema } from "./uiSchema";
import type { RecordFormContext } from "./widgets";
import { errorSchemaFromFieldErrors, shapeValidator } from "./validator";

const ThemedForm = withTheme(formTheme);

export interface Confirmation {
  title: string;
  message: string;
  confirmLabel: string;
}

/** The operations a form sends: every write but a delete, which has no body to fill. */
export type FormOperation = Exclude<WriteOperation, { kind: "delete" }>;

export type RecordFormProps = FormOperation & {
  /** Path parameters of the request, already filled. */
  path: Record<string, Value>;
  /** The record being edited: prefills the form and lists its read-only fields. */
  record?: Body;
  /** Starting values for a create or action form. */
  initialData?: Body;
  submitLabel: string;
  /** Closes the form without sending; shown as Cancel beside the submit button. */
  onCancel?: () => void;
  /** Why the request cannot be sent yet (a path value not chosen), or null. */
  pathProblem?: string | null;
  /** Fields above the body's, e.g. the path parameters an action still needs. */
  header?: ReactNode;
  /** A question to ask before sending this body, or null to send at once. */
  confirmation?: (body: Value) => Confirmation | null;
  disabled?: boolean;
  onSuccess: (response: ApiResponse, body: Value) => void;
  /**
   * Hands the checked (and confirmed) body to the host instead of sending it: a bulk run
   * sends the one body to many records itself. `onSuccess` is not called then.
   */
  submit?: (body: Value) => void;
};

interface Failure {
  error: AppError | null;
  /** Field messages that belong to no field of the form. */
  unplaced: string[];
  /** Every field message, for the JSON view where no field shows its own. */
  all: string[];
}

export function RecordForm(props: RecordFormProps) {
  const schemaQuery = useQuery(requestSchemaQuery(props.operationId));
  if (schemaQuery.isPending) {
    return (
      <Group justify="center" p="lg">
        <Loader size="sm" />
      </Group>
    );
  }
  if (schemaQuery.isError) return <ErrorNotice error={schemaQuery.error} />;
  return <LoadedForm {...props} schema={schemaQuery.data} />;
}

function LoadedForm(props: RecordFormProps & { schema: RJSFSchema | null }) {
  const { schema, record, kind, operationId } = props;
  const formSchema: RJSFSchema = useMemo(
    () => schema ?? { type: "object", properties: {} },
    [schema],
  );
  const uiSchema = useMemo(() => {
    const ui = buildUiSchema(formSchema);
    // Fields in the sections and order of the record's screen: identity, status, place,
    // billing, dates (SectionedObjectTemplate titles them).
    const found = operationOf(operationId);
    const sections =
      found !== null ? formSections(found[0], Object.keys(formSchema.properties ?? {})) : null;
    if (sections !== null && sections.length > 0) {
      ui["ui:order"] = [...sections.flatMap((section) => section.fields), "*"];
      // A form of one section needs no title over it.
      if (sections.length > 1) {
        ui["ui:options"] = { ...(ui["ui:options"] as object | undefined), sections };
      }
    }
    return ui;
  }, [formSchema, operationId]);
  const formRef = useRef<HTMLDivElement>(null);
  // Where focus goes back to when the confirmation closes unanswered.
  const submitRef = useRef<HTMLButtonElement>(null);
  const startValues = useMemo(
    () => (record !== undefined ? editableValues(record, schema) : (props.initialData ?? {})),
    // The form starts once; later changes of the record must not wipe what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const [formData, setFormData] = useState<Body>(startValues);
  const [extraErrors, setExtraErrors] = useState<ErrorSchema | undefined>(undefined);
  const [failure, setFailure] = useState<Failure | null>(null);
  // Fields the form's own check found wanting, before anything was sent.
  const [invalid, setInvalid] = useState<string[]>([]);
  const { inFlight, guard } = useGuardedSubmit();
  const [pending, setPending] = useState<{ body: Value; confirmation: Confirmation } | null>(null);
  const [asJson, setAsJson] = useState(false);
  const [jsonProblem, setJsonProblem] = useState<string | null>(null);
  // One request id per intent, kept across retries of the same submission: Rust refuses to
  // send a change with an id that already went out (a retry after a timeout, a stray second
  // click after the answer), not only while the first call runs.
  const intentId = useRef(crypto.randomUUID());

  const bodyOf = (data: Body): Value => {
    if (schema === null) return null;
    if (kind === "update" && operationMethod(operationId) === "PATCH") {
      return changedFields(startValues, data, schema);
    }
    return wholeBody(data, schema);
  };

  const showFailure = (error: AppError) => {
    // Once the messages are on their fields, bring the first one into view.
    requestAnimationFrame(() => focusFirstInvalid(formRef.current));
    if (error.kind === "validation") {
      const placed = errorSchemaFromFieldErrors(error.errors ?? {}, formSchema);
      setExtraErrors(placed.errorSchema);
      setFailure({
        error,
        unplaced: placed.unplaced.map((item) => `${item.property}: ${item.message}`),
        all: Object.entries(error.errors ?? {}).flatMap(([field, messages]) =>
          (messages ?? []).map((message) => `${field}: ${message}`),
        ),
      });
    } else {
      setFailure({ error, unplaced: [], all: [] });
    }
  };

  const send = async (body: Value) => {
    if (props.submit !== undefined) {
      props.submit(body);
      return;
    }
    const result = await sendWrite(props, intentId.current, { path: props.path, body });
    if (result.status === "error") {
      showFailure(result.error);
      return;
    }
    // Done: anything sent from this form from now on is a new change.
    intentId.current = crypto.randomUUID();
    setExtraErrors(undefined);
    setFailure(null);
    props.onSuccess(result.data, body);
  };

  const run = (data: Body) =>
    guard(async () => {
      try {
        if (props.pathProblem) {
          setFailure({
            error: { kind: "invalidRequest", message: props.pathProblem },
            unplaced: [],
            all: [],
          });
          return;
        }
        const body = bodyOf(data);
        if (body !== null) {
          const check = await checkBody(operationId, body);
          if (check.status === "error") {
            showFailure(check.error);
            return;
          }
        }
        const confirmation = props.confirmation?.(body) ?? null;
        if (confirmation !== null) {
          setPending({ body, confirmation });
          return;
        }
        await send(body);
      } catch (error) {
        setFailure({
          error:
            error instanceof AppCommandError
              ? error.appError
              : {
                  kind: "internal",
                  message: error instanceof Error ? error.message : String(error),
                },
          unplaced: [],
          all: [],
        });
      }
    });

  const confirmAndSend = () =>
    guard(async () => {
      if (pending === null) return;
      try {
        await send(pending.body);
      } finally {
        setPending(null);
      }
    });

  const readOnly = record !== undefined ? readOnlyValues(record, schema) : [];
  const noFields =
    Object.keys(formSchema.properties ?? {}).length === 0 &&
    !formSchema.anyOf &&
    !formSchema.oneOf &&
    !formSchema.allOf &&
    formSchema.type !== "array";

  const submitButton = (
    <Group
      justify="flex-end"
      mt="md"
      gap="sm"
      // Save and Cancel stay in view however long the form is.
      style={{
        position: "sticky",
        bottom: 0,
        zIndex: 2,
        background: "var(--mantine-color-body)",
        borderTop: "1px solid var(--mantine-color-default-border)",
        paddingBlock: "var(--mantine-spacing-xs)",
      }}
      data-testid="form-footer"
    >
      {props.onCancel !== undefined && (
        <Button variant="default" onClick={props.onCancel} data-testid="form-cancel">
          Cancel
        </Button>
      )}
      <Button
        ref={submitRef}
        type="submit"
        loading={inFlight}
        disabled={inFlight || props.disabled || (asJson && jsonProblem !== null)}
        data-testid="form-submit"
      >
        {props.submitLabel}
      </Button>
    </Group>
  );

  return (
    <Stack gap="sm" data-testid="record-form" ref={formRef}>
      <FailureSummary
        fields={
          failure !== null ? failure.all.map((line) => line.slice(0, line.indexOf(":"))) : invalid
        }
      />
      {readOnly.length > 0 && (
        <SimpleGrid cols={2} spacing="xs">
          {readOnly.map(([key, value]) => (
            <TextInput
              key={key}
              label={fieldLabel(key)}
              // Read as on the record's screen: dates in the operator's time zone, labels for
              // statuses, money with its currency.
              value={plainText(formatterFor({ name: key })(value, record)) || "—"}
              disabled
              size="xs"
            />
          ))}
        </SimpleGrid>
      )}
      {props.header}
      {noFields && (
        <Text c="dimmed" size="sm">
          This needs no further details.
        </Text>
      )}
      {!noFields && (
        <Group justify="flex-end">
          <Button
            variant="subtle"
            size="compact-xs"
            // Back to the form only with readable JSON: the fields cannot show half an object.
            disabled={asJson && jsonProblem !== null}
            onClick={() => setAsJson((current) => !current)}
            data-testid="form-json-toggle"
          >
            {asJson ? "Back to the form" : "Edit as JSON"}
          </Button>
        </Group>
      )}
      {asJson ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (jsonProblem === null) void run(formData);
          }}
        >
          <Stack gap="xs">
            <JsonBodyEditor
              value={formData}
              shape={formSchema.type === "array" ? "array" : "object"}
              onChange={setFormData}
              onProblem={setJsonProblem}
              problem={jsonProblem}
              disabled={props.disabled}
            />
            {failureNotice(failure, failure?.all ?? [])}
            {submitButton}
          </Stack>
        </form>
      ) : (
        <ThemedForm
          schema={formSchema}
          uiSchema={uiSchema}
          formData={formData}
          validator={shapeValidator}
          extraErrors={extraErrors}
          showErrorList={false}
          noHtml5Validate
          // Optional sections stay closed until filled: rjsf would otherwise open them as `{}`
          // with empty lists, and send a section whose required fields nobody was asked for.
          experimental_defaultFormStateBehavior={{
            emptyObjectFields: "skipEmptyDefaults",
            arrayMinItems: { populate: "requiredOnly" },
          }}
          disabled={props.disabled}
          formContext={{ path: props.path, formData } satisfies RecordFormContext}
          onChange={(event) => setFormData((event.formData ?? {}) as Body)}
          onError={(errors) => {
            setInvalid(errors.map((error) => (error.property ?? "").replace(/^\./, "")));
            requestAnimationFrame(() => focusFirstInvalid(formRef.current));
          }}
          onSubmit={(event) => {
            setInvalid([]);
            void run((event.formData ?? {}) as Body);
          }}
        >
          {failureNotice(failure, failure?.unplaced ?? [])}
          {submitButton}
        </ThemedForm>
      )}
      {pending !== null && (
        <ConfirmDialog
          opened
          title={pending.confirmation.title}
          message={pending.confirmation.message}
          confirmLabel={pending.confirmation.confirmLabel}
          busy={inFlight}
          opener={submitRef}
          onConfirm={() => void confirmAndSend()}
          onCancel={() => setPending(null)}
        />
      )}
    </Stack>
  );
}

/** Moves to the first field showing a message: scrolled into view and focused. */
function focusFirstInvalid(form: HTMLElement | null) {
  const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (field === null || field === undefined) return;
  field.scrollIntoView({ block: "center" });
  field.focus({ preventScroll: true });
}

/** At the top of the form: that nothing was sent, and which fields need a look. */
function FailureSummary({ fields }: { fields: string[] }) {
  // "evses.0.name" is a field of the first EVSE: named by its top-level field.
  const names = [
    ...new Set(
      fields.filter((field) => field !== "").map((field) => fieldLabel(field.split(".")[0]!)),
    ),
  ];
  if (names.length === 0) return null;
  return (
    <Alert color="red" data-testid="form-error-summary" title="Not sent: check these fields">
      <Text size="sm">{names.join(", ")}</Text>
    </Alert>
  );
}

/** The last failure in plain words, with the field messages the view cannot place itself. */
function failureNotice(failure: Failure | null, lines: string[]) {
  if (failure === null) return null;
  return (
    <Alert color="red" mt="md" data-testid="form-error">
      {failure.error !== null && <ErrorNotice error={failure.error} />}
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Alert>
  );
}
