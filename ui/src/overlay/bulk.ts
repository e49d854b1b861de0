// Operations of the API that change many records in one request, offered in the bulk bar of
// the listing whose records they take: the selected records' ids go into the body the form
// starts with, where the operator still sees and can change them.
import type { Value } from "../bindings";
import type { ActionOperation, ResourceKey } from "../generated/unions";

export interface NativeBulkOperation {
  operation: ActionOperation;
  /** What the bulk bar's menu calls it. */
  label: string;
  /** The body's starting values naming the selected records. */
  bodyFor: (ids: number[]) => Record<string, Value>;
  /** The records the operation's path parameters name (the template to apply). */
  pathResources?: Readonly<Record<string, ResourceKey>>;
}

export const NATIVE_BULK_OPERATIONS: Readonly<
  Partial<Record<ResourceKey, readonly NativeBulkOperation[]>>
> = {
  "charge-points": [
    {
      operation: "configurationTemplateApplyToChargePoints",
      label: "Apply a configuration template",
      bodyFor: (ids) => ({ chargePointIds: ids }),
      pathResources: { template: "configuration-templates" },
    },
  ],
  evses: [
    {
      operation: "evseBulkAssignTariffGroups",
      label: "Assign a tariff group",
      bodyFor: (ids) => ({ filters: { evseIds: ids } }),
    },
  ],
};
