// A choice between lists of allowed values ("a US state" or "an Australian state") is one list
// to an operator: a single select holding every value, instead of a variant picker whose
// branches could only be told apart as "Text" and "Text". Sending any listed value satisfies
// the original anyOf, which the Rust side still checks the body against.
import type { RJSFSchema } from "@rjsf/utils";

type Node = Record<string, unknown>;

/** Keys an enum branch may carry and still be merged: nothing that changes what it accepts. */
const MERGEABLE_KEYS = new Set(["enum", "type", "title", "description"]);

function isObject(value: unknown): value is Node {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function scalarType(branch: Node): string | null {
  const types = [branch.type ?? []].flat().filter((type) => type !== "null");
  return types.length === 1 && typeof types[0] === "string" ? types[0] : null;
}

/** The union of the branches' values, when every branch is a plain list of one scalar type. */
function mergedEnum(branches: unknown): { type: string; values: unknown[] } | null {
  if (!Array.isArray(branches) || branches.length < 2) return null;
  let type: string | null = null;
  const values: unknown[] = [];
  for (const branch of branches) {
    if (!isObject(branch) || !Array.isArray(branch.enum)) return null;
    if (Object.keys(branch).some((key) => !MERGEABLE_KEYS.has(key))) return null;
    const branchType = scalarType(branch);
    if (branchType === null || (type !== null && branchType !== type)) return null;
    type = branchType;
    for (const value of branch.enum) if (!values.includes(value)) values.push(value);
  }
  return type === null ? null : { type, values };
}

/** A copy of `schema` with every anyOf/oneOf of plain enums turned into one enum. */
export function mergeEnumChoices(schema: RJSFSchema): RJSFSchema {
  return mergeNode(schema) as RJSFSchema;
}

function mergeNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(mergeNode);
  if (!isObject(node)) return node;
  const copy: Node = {};
  for (const [key, value] of Object.entries(node)) copy[key] = mergeNode(value);
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const merged = mergedEnum(copy[keyword]);
    if (merged === null) continue;
    delete copy[keyword];
    const nullable = [copy.type ?? []].flat().includes("null");
    copy.type = nullable ? [merged.type, "null"] : merged.type;
    copy.enum = merged.values;
  }
  return copy;
}
