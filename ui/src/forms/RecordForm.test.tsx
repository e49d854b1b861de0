import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../test/renderWithProviders";
import { formatDateTime } from "../format/format";
import { RecordForm, type RecordFormProps } from "./RecordForm";
import { mockBackend, writesOf } from "./testing/backend";

function renderForm(
  props: Partial<RecordFormProps> & Pick<RecordFormProps, "operationId" | "kind">,
) {
  const onSuccess = vi.fn();
  renderWithProviders(<RecordForm path={{}} submitLabel="Send" onSuccess={onSuccess} {...props} />);
  return { onSuccess };
}

const validationError = (errors: Record<string, string[]>) => {
  throw { kind: "validation", message: "The given data was invalid.", errors };
};

describe("RecordForm", { timeout: 30_000 }, () => {
  it("shows enum values with readable labels", async () => {
    mockBackend();
    renderForm({ kind: "action", operationId: "userChangeStatus", path: { user: 3 } });
    const field = await screen.findByTestId("form-field-status");
    await userEvent.click(within(field).getByRole("combobox"));
    expect(
      await screen.findByRole("option", { name: "Enabled", hidden: true }),
    ).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Disabled", hidden: true })).toBeInTheDocument();
  });

  it("offers one list of states where the API accepts a US or an Australian one", async () => {
    mockBackend();
    renderForm({ kind: "create", operationId: "userCreate" });
    const field = await screen.findByTestId("form-field-state");
    const input = within(field).getByRole("combobox");
    await userEvent.click(input);
    const list = await waitFor(() => {
      const found = document.getElementById(input.getAttribute("aria-controls") ?? "");
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    const options = within(list).getAllByRole("option", { hidden: true });
    const names = options.map((option) => option.textContent);
    expect(names).toContain("CA");
    expect(names).toContain("NSW");
    expect(names.filter((name) => name === "WA")).toHaveLength(1);
  });

  it("explains how to add texts per language", async () => {
    mockBackend();
    renderForm({ kind: "create", operationId: "tariffCreate" });
    const field = await screen.findByTestId("form-field-description");
    expect(within(field).getByText(/Press \+ to add an entry/)).toBeInTheDocument();
  });

  it("does not title list items with the field's raw name", async () => {
    mockBackend();
    renderForm({
      kind: "update",
      operationId: "locationUpdate",
      path: { location: 2 },
      record: {
        id: 2,
        accessMethods: ["OPEN"],
        additionalDescription: [{ locale: "de", translation: "Eingang links" }],
      },
    });
    const form = await screen.findByTestId("record-form");
    await within(form).findByDisplayValue("Eingang links");
    expect(within(form).queryByText(/accessMethods-1|additionalDescription-1/)).toBeNull();
    expect(within(form).getByText("Access methods")).toBeInTheDocument();
    // A text per language sits in a frame of its own, its locale and translation together.
    const framed = within(form)
      .getAllByTestId("form-list-item")
      .find((item) => within(item).queryByDisplayValue("Eingang links") !== null);
    expect(framed).toBeDefined();
    expect(within(framed!).getByDisplayValue("de")).toBeInTheDocument();
  });

  it("keeps numeric and ranged enum values as they read", async () => {
    mockBackend();
    renderForm({ kind: "create", operationId: "chargePointSmartChargingUpdate", path: {} });
    const field = await screen.findByTestId("form-field-maxVoltage");
    await userEvent.click(within(field).getByRole("combobox"));
    expect(
      await screen.findByRole("option", { name: "110–130", hidden: true }),
    ).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "230", hidden: true })).toBeInTheDocument();
  });

  it("renders date-time fields with a date-time picker", async () => {
    mockBackend();
    renderForm({
      kind: "action",
      operationId: "chargePointGetDiagnostics",
      path: { chargePoint: 1 },
    });
    const field = await screen.findByTestId("form-field-start");
    // Mantine's DateTimePicker renders a button that opens the calendar, not a text input.
    expect(within(field).getByRole("button")).toBeInTheDocument();
  });

  it("offers a labelled choice between anyOf variants", async () => {
    mockBackend();
    renderForm({
      kind: "create",
      operationId: "configurationTemplateVariableCreate",
      path: { template: 1 },
    });
    const form = await screen.findByTestId("record-form");
    const selector = within(form).getAllByRole("combobox")[0]!;
    await userEvent.click(selector);
    expect(
      await screen.findByRole("option", {
        name: "Configuration variable for OCPP 2.0.1",
        hidden: true,
      }),
    ).toBeInTheDocument();
  });

  it("sends only the changed fields of a PATCH", async () => {
    const calls = mockBackend();
    renderForm({
      kind: "update",
      operationId: "userUpdate",
      path: { user: 5 },
      record: { id: 5, email: "ann@example.com", first_name: "Ann", last_name: "Lee" },
    });
    const field = await screen.findByTestId("form-field-first_name");
    const input = within(field).getByRole("textbox");
    expect(input).toHaveValue("Ann");
    await userEvent.clear(input);
    await userEvent.type(input, "Anna");
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "userUpdate",
      request: { path: { user: 5 }, body: { first_name: "Anna" } },
    });
  });

  it("sends the whole object for a PUT", async () => {
    const calls = mockBackend();
    renderForm({
      kind: "update",
      operationId: "tariffGroupUpdate",
      path: { tariffGroup: 2 },
      record: { id: 2, name: "Members", partnerId: null, tariffIds: [4, 5] },
    });
    const field = await screen.findByTestId("form-field-name");
    await userEvent.type(within(field).getByRole("textbox"), " plus");
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect((writesOf(calls)[0]!.args.request as { body: unknown }).body).toEqual({
      name: "Members plus",
      partnerId: null,
      tariffIds: [4, 5],
    });
  });

  it("picks a nested record from the listing under the parent the form names", async () => {
    const calls = mockBackend({
      handlers: {
        list_records: () => ({
          records: [{ id: 31, name: "Visa ending 4242" }],
          next: null,
          total: 1,
          meta: null,
        }),
      },
    });
    renderForm({ kind: "create", operationId: "idTagCreate", initialData: { userId: 7 } });
    const picker = await screen.findByTestId("reference-picker-paymentMethodId");
    await userEvent.click(picker);
    expect(await screen.findAllByText("Visa ending 4242 · #31")).not.toHaveLength(0);
    const listing = calls.find(
      (call) => call.command === "list_records" && call.args.operation === "paymentMethodsListing",
    );
    expect(listing?.args).toMatchObject({ request: { path: { user: 7 } } });
  });

  it("takes a typed id for a nested record until its parent is chosen", async () => {
    mockBackend();
    renderForm({ kind: "create", operationId: "idTagCreate" });
    const input = await screen.findByTestId("reference-id-paymentMethodId");
    expect(screen.getByText(/Choose the User first/)).toBeInTheDocument();
    expect(screen.queryByTestId("reference-picker-paymentMethodId")).not.toBeInTheDocument();
    expect(input).toBeInTheDocument();
  });

  it("keeps a secret hidden until the operator presses Reveal", async () => {
    mockBackend();
    renderForm({ kind: "create", operationId: "userCreate" });
    const input = await screen.findByTestId("secret-password");
    await userEvent.type(input, "Secret-1");
    expect(input).toHaveAttribute("type", "password");
    await userEvent.click(screen.getByTestId("reveal-password"));
    expect(input).toHaveAttribute("type", "text");
    expect(input).toHaveValue("Secret-1");
    expect(screen.getByTestId("reveal-password")).toHaveTextContent("Hide");
  });

  it("edits the same details as JSON and sends them", async () => {
    const calls = mockBackend();
    renderForm({ kind: "create", operationId: "userCreate" });
    const first = await screen.findByTestId("form-field-first_name");
    await userEvent.type(within(first).getByRole("textbox"), "Ann");
    await userEvent.click(screen.getByTestId("form-json-toggle"));
    const json = screen.getByTestId("form-json");
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toEqual({ first_name: "Ann" });
    await userEvent.clear(json);
    await userEvent.paste(
      '{"email": "ann@example.com", "password": "Secret-1", "first_name": "Ann"}',
    );
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect((writesOf(calls)[0]!.args.request as { body: unknown }).body).toEqual({
      email: "ann@example.com",
      password: "Secret-1",
      first_name: "Ann",
    });
  });

  it("refuses JSON that is not an object and keeps the text", async () => {
    const calls = mockBackend();
    renderForm({ kind: "create", operationId: "userCreate" });
    await userEvent.click(await screen.findByTestId("form-json-toggle"));
    const json = screen.getByTestId("form-json");
    await userEvent.clear(json);
    await userEvent.paste('{"email": ');
    expect(await screen.findByText(/not valid JSON/)).toBeInTheDocument();
    expect(screen.getByTestId("form-submit")).toBeDisabled();
    expect(screen.getByTestId("form-json-toggle")).toBeDisabled();
    expect(json).toHaveValue('{"email": ');
    expect(writesOf(calls)).toHaveLength(0);
  });

  it("shows what JSON typed in the fields when switching back", async () => {
    mockBackend();
    renderForm({ kind: "create", operationId: "userCreate" });
    await userEvent.click(await screen.findByTestId("form-json-toggle"));
    const json = screen.getByTestId("form-json");
    await userEvent.clear(json);
    await userEvent.paste('{"first_name": "Bo"}');
    await userEvent.click(screen.getByTestId("form-json-toggle"));
    const first = await screen.findByTestId("form-field-first_name");
    expect(within(first).getByRole("textbox")).toHaveValue("Bo");
  });

  it("takes a JSON list for an operation whose body is a list", async () => {
    const calls = mockBackend();
    renderForm({
      kind: "action",
      operationId: "configurationTemplateBulkCreateVariables",
      path: { template: 1 },
    });
    await userEvent.click(await screen.findByTestId("form-json-toggle"));
    const json = screen.getByTestId("form-json");
    expect(json).toHaveValue("[]");
    await userEvent.clear(json);
    await userEvent.paste('[{"keyName": "HeartbeatInterval", "value": "60"}]');
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect((writesOf(calls)[0]!.args.request as { body: unknown }).body).toEqual([
      { keyName: "HeartbeatInterval", value: "60" },
    ]);
  });

  it("sends a retry of the same submission with the same request id, so Rust can refuse a copy", async () => {
    let attempts = 0;
    const calls = mockBackend({
      handlers: {
        create_record: () => {
          attempts += 1;
          if (attempts === 1) throw { kind: "timeout", message: "The tenant did not answer." };
          throw { kind: "alreadySent", message: "This change was already sent." };
        },
      },
    });
    renderForm({ kind: "create", operationId: "userCreate" });
    await userEvent.click(await screen.findByTestId("form-json-toggle"));
    const json = screen.getByTestId("form-json");
    await userEvent.clear(json);
    await userEvent.paste('{"email": "ann@example.com", "password": "Secret-1"}');
    await userEvent.click(screen.getByTestId("form-submit"));
    await screen.findByTestId("form-error");
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(2));
    const [first, second] = writesOf(calls);
    expect(second!.args.requestId).toBe(first!.args.requestId);
    expect(await screen.findByText("This change was already sent")).toBeInTheDocument();
  });

  it("lists the tenant's 422 messages in the JSON view", async () => {
    mockBackend({
      handlers: {
        create_record: () => validationError({ email: ["The email has already been taken."] }),
      },
    });
    renderForm({ kind: "create", operationId: "userCreate" });
    await userEvent.click(await screen.findByTestId("form-json-toggle"));
    const json = screen.getByTestId("form-json");
    await userEvent.clear(json);
    await userEvent.paste('{"email": "ann@example.com", "password": "Secret-1"}');
    await userEvent.click(screen.getByTestId("form-submit"));
    const error = await screen.findByTestId("form-error");
    expect(within(error).getByText("email: The email has already been taken.")).toBeInTheDocument();
    expect(json).toHaveValue('{"email": "ann@example.com", "password": "Secret-1"}');
  });

  it("shows the Rust check's messages on their fields and sends nothing", async () => {
    const calls = mockBackend({
      handlers: {
        validate_request_body: () => validationError({ email: ["Enter a valid email address."] }),
      },
    });
    renderForm({ kind: "create", operationId: "userCreate" });
    const field = await screen.findByTestId("form-field-email");
    await userEvent.type(within(field).getByRole("textbox"), "not-an-email");
    await userEvent.click(screen.getByTestId("form-submit"));
    expect(await within(field).findAllByText("Enter a valid email address.")).not.toHaveLength(0);
    expect(writesOf(calls)).toHaveLength(0);
  });

  it("orders a user's fields like the user's screen, and keeps Save and Cancel in a footer", async () => {
    mockBackend();
    const onCancel = vi.fn();
    renderForm({ kind: "create", operationId: "userCreate", onCancel });
    await screen.findByTestId("form-field-email");
    const order = screen
      .getAllByTestId(/^form-field-/)
      .map((field) => field.getAttribute("data-testid")!.replace("form-field-", ""))
      .filter((name) => ["first_name", "last_name", "email", "phone", "password"].includes(name));
    expect(order).toEqual(["first_name", "last_name", "email", "phone", "password"]);
    const footer = screen.getByTestId("form-footer");
    expect(footer).toHaveStyle({ position: "sticky" });
    expect(within(footer).getByTestId("form-submit")).toBeInTheDocument();
    await userEvent.click(within(footer).getByTestId("form-cancel"));
    expect(onCancel).toHaveBeenCalled();
  });

  it("titles the sections of a user's form like the user's screen", async () => {
    mockBackend();
    renderForm({ kind: "create", operationId: "userCreate" });
    await screen.findByTestId("form-field-email");
    const sections = screen.getAllByTestId("form-section");
    const titles = sections.map(
      (section) => within(section).getAllByRole("heading")[0]!.textContent,
    );
    expect(titles[0]).toBe("Identity");
    expect(titles.at(-1)).toBe("Other details");
    // Each field once, in the section it belongs to.
    expect(within(sections[0]!).getByTestId("form-field-first_name")).toBeInTheDocument();
    expect(within(sections[0]!).queryByTestId("form-field-password")).not.toBeInTheDocument();
    expect(screen.getAllByTestId("form-field-email")).toHaveLength(1);
  });

  it("names the fields to fix at the top and moves to the first", async () => {
    mockBackend({
      handlers: {
        create_record: () =>
          validationError({
            phone: ["The phone is not valid."],
            email: ["The email has already been taken."],
          }),
      },
    });
    renderForm({ kind: "create", operationId: "userCreate" });
    const email = await screen.findByTestId("form-field-email");
    await userEvent.type(within(email).getByRole("textbox"), "ann@example.com");
    await userEvent.click(screen.getByTestId("form-submit"));
    const summary = await screen.findByTestId("form-error-summary");
    expect(summary).toHaveTextContent("Phone, Email");
    const form = screen.getByTestId("record-form");
    expect(form.firstElementChild).toBe(summary);
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-invalid")).toBe("true"));
  });

  it("puts the tenant's 422 messages on fields and keeps what was typed", async () => {
    const calls = mockBackend({
      handlers: {
        create_record: () => validationError({ email: ["The email has already been taken."] }),
      },
    });
    const { onSuccess } = renderForm({ kind: "create", operationId: "userCreate" });
    const email = await screen.findByTestId("form-field-email");
    await userEvent.type(within(email).getByRole("textbox"), "ann@example.com");
    const first = screen.getByTestId("form-field-first_name");
    await userEvent.type(within(first).getByRole("textbox"), "Ann");
    await userEvent.click(screen.getByTestId("form-submit"));
    expect(await within(email).findAllByText("The email has already been taken.")).not.toHaveLength(
      0,
    );
    expect(screen.getByTestId("form-error")).toBeInTheDocument();
    expect(within(email).getByRole("textbox")).toHaveValue("ann@example.com");
    expect(within(first).getByRole("textbox")).toHaveValue("Ann");
    expect(writesOf(calls)).toHaveLength(1);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("puts a 422 message for a field of an optional section on that field", async () => {
    mockBackend({
      handlers: {
        validate_request_body: () =>
          validationError({ "geoposition.latitude": ["The latitude field is required."] }),
      },
    });
    renderForm({ kind: "create", operationId: "locationCreate" });
    await userEvent.click(await screen.findByTestId("form-submit"));
    const section = await screen.findByTestId("form-field-geoposition");
    const latitude = within(section)
      .getByLabelText(/Latitude/)
      .closest(".mantine-InputWrapper-root");
    expect(latitude).not.toBeNull();
    expect(
      await within(latitude as HTMLElement).findAllByText("The latitude field is required."),
    ).not.toHaveLength(0);
    expect(screen.getByTestId("form-error")).toBeInTheDocument();
  });

  it("sends once however often the button is clicked while in flight", async () => {
    let release: (value: unknown) => void = () => {};
    const calls = mockBackend({
      handlers: {
        run_action: () =>
          new Promise((resolve) => {
            release = resolve;
          }),
      },
    });
    const { onSuccess } = renderForm({
      kind: "action",
      operationId: "userClearSubscriptionAmountDue",
      path: { user: 3 },
    });
    const submit = await screen.findByTestId("form-submit");
    await userEvent.dblClick(submit);
    await userEvent.click(submit);
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(screen.getByTestId("form-submit")).toBeDisabled();
    release({ status: 202, body: null });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(writesOf(calls)).toHaveLength(1);
  });

  it("lists an edited record's read-only fields above the form, disabled and readable", async () => {
    mockBackend();
    renderForm({
      kind: "update",
      operationId: "userUpdate",
      path: { user: 5 },
      record: {
        id: 5,
        email: "ann@example.com",
        createdAt: "2026-01-02T03:04:05Z",
        status: "enabled",
        locale: null,
      },
    });
    const created = await screen.findByLabelText("Created at");
    expect(created).toBeDisabled();
    expect(created).toHaveValue(formatDateTime("2026-01-02T03:04:05Z"));
    expect(screen.getByLabelText("Status")).toHaveValue("Enabled");
    expect(screen.getByLabelText("Locale")).toHaveValue("—");
  });
});

describe("number fields", () => {
  it("use a number input stepping by cents for decimals, also where null is allowed", async () => {
    const calls = mockBackend();
    renderWithProviders(
      <RecordForm
        kind="create"
        operationId="createRoamingCustomTariffFilter"
        path={{ roamingOperator: 1 }}
        submitLabel="Send"
        onSuccess={() => {}}
      />,
    );
    const field = await screen.findByTestId("form-field-powerBelowKw");
    const input = within(field).getByRole("textbox");
    await userEvent.type(input, "7.5");
    await userEvent.type(within(screen.getByTestId("form-field-name")).getByRole("textbox"), "n");
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(
      (writesOf(calls)[0]!.args.request as { body: { powerBelowKw: unknown } }).body.powerBelowKw,
    ).toBe(7.5);
  });
});
