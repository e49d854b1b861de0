// Reading a request body typed as JSON.
import type { Value } from "../bindings";
import type { Body } from "./body";

/** What is wrong with `text` as a request body, or the object it holds. */
export function parseBody(text: string): { body: Body } | { problem: string } {
  let parsed: Value;
  try {
    parsed = JSON.parse(text === "" ? "{}" : text) as Value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: `This is not valid JSON (${detail}). Fix it, or switch back to the form.` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { problem: "The details must be one JSON object, written between { and }." };
  }
  return { body: parsed };
}
