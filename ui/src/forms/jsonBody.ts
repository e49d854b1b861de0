// Reading a request body typed as JSON.
import type { Value } from "../bindings";
import type { Body } from "./body";

/** What the operation's body is at its top: an object, or a list (bulk operations). */
export type BodyShape = "object" | "array";

/**
 * What is wrong with `text` as a request body, or the body it holds. The form keeps a list
 * body in the same slot as an object one, as rjsf does.
 */
export function parseBody(text: string, shape: BodyShape): { body: Body } | { problem: string } {
  let parsed: Value;
  try {
    parsed = JSON.parse(text.trim() === "" ? (shape === "array" ? "[]" : "{}") : text) as Value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: `This is not valid JSON (${detail}). Fix it, or switch back to the form.` };
  }
  if (shape === "array") {
    if (!Array.isArray(parsed)) {
      return { problem: "The details must be one JSON list, written between [ and ]." };
    }
    return { body: parsed as unknown as Body };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { problem: "The details must be one JSON object, written between { and }." };
  }
  return { body: parsed };
}
