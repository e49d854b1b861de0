// Sends a form through the command of its kind. The request id is the double-submit guard:
// one per intent (a form or dialog opened), kept across retries; the Rust side refuses a change
// whose id is running or already went out.
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
import type { CommandResult } from "../api/bridge";
import { believedTenant } from "../api/tenantGeneration";

export type WriteKind = "create" | "update" | "delete" | "action";
export type ApiResponse = ApiResponse_Serialize;

export function sendWrite(
  kind: WriteKind,
  operationId: string,
  requestId: string,
  request: OperationRequest_Deserialize,
): Promise<CommandResult<ApiResponse>> {
  const tenant = believedTenant();
  switch (kind) {
    case "create":
      return commands.createRecord(requestId, tenant, operationId as CreateOperation, request);
    case "update":
      return commands.updateRecord(requestId, tenant, operationId as UpdateOperation, request);
    case "delete":
      return commands.deleteRecord(requestId, tenant, operationId as DeleteOperation, request);
    case "action":
      return commands.runAction(requestId, tenant, operationId as ActionOperation, request);
  }
}

/** The same check the write commands run before sending, so messages appear before a request. */
export function checkBody(operationId: string, body: Value): Promise<CommandResult<null>> {
  return commands.validateRequestBody(operationId, body);
}
