// The method, path template and path parameters of every create, update, delete and action
// operation, from the generated table: PATCH sends only the changed fields, PUT the whole
// record, and an action's path is filled from its target record.
import {
  OPERATION_SHAPES,
  type HttpMethod,
  type PathParamShape,
} from "../generated/operationShapes";

export type { HttpMethod, PathParamShape } from "../generated/operationShapes";

export function operationMethod(operationId: string): HttpMethod | null {
  return OPERATION_SHAPES[operationId]?.[0] ?? null;
}

/** `/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}`. */
export function operationPath(operationId: string): string | null {
  return OPERATION_SHAPES[operationId]?.[1] ?? null;
}

export function operationPathParams(operationId: string): readonly PathParamShape[] {
  return OPERATION_SHAPES[operationId]?.[2] ?? [];
}
