// Sends a change through the command of its kind. The operation id arrives already typed
// for its kind (the catalog and the action list hold typed ids), so nothing here or above
// casts a string to an operation. The request id is the double-submit guard: the Rust side
// refuses a change whose id is running or already went out, so a form or dialog keeps one id
// per intent across retries. Every call names the tenant the window believes is active.
import {
  commands,
  type ActionOperation,
  type ApiResponse_Serialize,
  type CreateOperation,
  type DeleteOperation,
  type OperationRequest_Deserialize,
  type UpdateOperation,
  type Value,
} from "../bindings";
import type { CommandResult } from "./bridge";
import { believedTenant } from "./tenantGeneration";

/** A change operation and its kind, each id restricted to the commands of that kind. */
export type WriteOperation =
  | { kind: "create"; operationId: CreateOperation }
  | { kind: "update"; operationId: UpdateOperation }
  | { kind: "delete"; operationId: DeleteOperation }
  | { kind: "action"; operationId: ActionOperation };

export type WriteKind = WriteOperation["kind"];
export type ApiResponse = ApiResponse_Serialize;

export function sendWrite(
  write: WriteOperation,
  requestId: string,
  request: OperationRequest_Deserialize,
): Promise<CommandResult<ApiResponse>> {
  const tenant = believedTenant();
  switch (write.kind) {
    case "create":
      return commands.createRecord(requestId, tenant, write.operationId, request);
    case "update":
      return commands.updateRecord(requestId, tenant, write.operationId, request);
    case "delete":
      return commands.deleteRecord(requestId, tenant, write.operationId, request);
    case "action":
      return commands.runAction(requestId, tenant, write.operationId, request);
  }
}

/** The same check the write commands run before sending, so messages appear before a request. */
export function checkBody(operationId: string, body: Value): Promise<CommandResult<null>> {
  return commands.validateRequestBody(operationId, body);
}
