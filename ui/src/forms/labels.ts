// The label of each anyOf/oneOf branch of a form, so the operator can tell the choices apart.
import type { RJSFSchema } from "@rjsf/utils";
import { fieldLabel, optionLabel } from "../format/labels";

const TYPE_NAMES: Readonly<Record<string, string>> = {
  null: "None",
  string: "Text",
  integer: "Whole number",
  number: "Number",
  boolean: "Yes or no",
  array: "List",
  object: "Details",
};

/**
 * The label of one anyOf/oneOf branch: its title, else what sets it apart — its required
 * fields, its constant, or its type — so the operator can tell the choices apart.
 */
export function branchLabel(branch: RJSFSchema, index: number): string {
  if (typeof branch.title === "string" && branch.title !== "") return branch.title;
  if ("const" in branch) return optionLabel(branch.const);
  const required = branch.required ?? [];
  if (required.length > 0) return `With ${required.map(fieldLabel).join(", ")}`;
  const properties = Object.keys(branch.properties ?? {});
  if (properties.length > 0 && properties.length <= 3)
    return `With ${properties.map(fieldLabel).join(", ")}`;
  const types = branch.type === undefined ? [] : [branch.type].flat();
  if (types.length > 0) return types.map((type) => TYPE_NAMES[type] ?? type).join(" or ");
  return `Choice ${index + 1}`;
}
