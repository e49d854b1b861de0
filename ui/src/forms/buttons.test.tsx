import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { findResource } from "../catalog/catalogIndex";
import { renderWithProviders } from "../test/renderWithProviders";
import { CreateRecordButton } from "./CreateRecordButton";
import { EditRecordButton } from "./EditRecordButton";
import { mockBackend, writesOf } from "./testing/backend";

const users = findResource("users")!;
const evses = findResource("charge-points.evses")!;

describe("create and edit buttons", () => {
  it("create a user and hand the new record back", async () => {
    const calls = mockBackend({
      handlers: {
        create_record: () => ({ status: 201, body: { data: { id: 77, email: "a@b.c" } } }),
      },
    });
    const onCreated = vi.fn();
    renderWithProviders(<CreateRecordButton resource={users} onCreated={onCreated} />);
    await userEvent.click(await screen.findByTestId("create-button"));
    const email = await screen.findByTestId("form-field-email");
    await userEvent.type(within(email).getByRole("textbox"), "a@b.c");
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: 77, email: "a@b.c" }));
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "userCreate",
      request: { path: {}, body: { email: "a@b.c" } },
    });
    await waitFor(() => expect(screen.queryByTestId("record-form")).toBeNull());
  });

  it("create a nested record under its parent's id", async () => {
    const calls = mockBackend();
    renderWithProviders(<CreateRecordButton resource={evses} parentIds={{ chargePoint: 12 }} />);
    await userEvent.click(await screen.findByTestId("create-button"));
    await screen.findByTestId("record-form");
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "chargePointEvseCreate",
      request: { path: { chargePoint: 12 } },
    });
  });

  it("edit a record addressed by its own id", async () => {
    const calls = mockBackend();
    renderWithProviders(
      <EditRecordButton resource={users} record={{ id: 5, firstName: "Ann", email: "a@b.c" }} />,
    );
    await userEvent.click(await screen.findByTestId("edit-button"));
    const first = await screen.findByTestId("form-field-first_name");
    const input = within(first).getByRole("textbox");
    expect(input).toHaveValue("Ann");
    await userEvent.type(input, "a");
    await userEvent.click(screen.getByTestId("form-submit"));
    await waitFor(() => expect(writesOf(calls)).toHaveLength(1));
    expect(writesOf(calls)[0]!.args).toMatchObject({
      operation: "userUpdate",
      request: { path: { user: 5 }, body: { first_name: "Anna" } },
    });
  });

  it("are absent for a read-only profile", async () => {
    const calls = mockBackend({ readOnly: true });
    renderWithProviders(
      <>
        <CreateRecordButton resource={users} />
        <EditRecordButton resource={users} record={{ id: 5 }} />
      </>,
    );
    await waitFor(() => expect(calls.some((call) => call.command === "session_status")).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId("create-button")).toBeNull();
    expect(screen.queryByTestId("edit-button")).toBeNull();
  });
});
