import { describe, expect, it } from "vitest";
import type { RJSFSchema } from "@rjsf/utils";
import { mergeEnumChoices } from "./enumChoices";

describe("mergeEnumChoices", () => {
  it("turns a choice between value lists into one list, each value once", () => {
    const schema: RJSFSchema = {
      type: "object",
      properties: {
        state: {
          type: ["string", "null"],
          anyOf: [
            { type: "string", enum: ["CA", "WA"] },
            { type: "string", enum: ["NSW", "WA"] },
          ],
        },
      },
    };
    expect(mergeEnumChoices(schema).properties?.state).toEqual({
      type: ["string", "null"],
      enum: ["CA", "WA", "NSW"],
    });
  });

  it("leaves real variants alone: objects, mixed types, or branches with rules of their own", () => {
    const variants: RJSFSchema = {
      anyOf: [
        { type: "object", properties: { a: { type: "string" } } },
        { type: "object", properties: { b: { type: "string" } } },
      ],
    };
    expect(mergeEnumChoices(variants)).toEqual(variants);
    const mixed: RJSFSchema = {
      oneOf: [
        { type: "string", enum: ["a"] },
        { type: "integer", enum: [1] },
      ],
    };
    expect(mergeEnumChoices(mixed)).toEqual(mixed);
    const ruled: RJSFSchema = {
      anyOf: [
        { type: "string", enum: ["a"] },
        { type: "string", enum: ["b"], pattern: "^b$" },
      ],
    };
    expect(mergeEnumChoices(ruled)).toEqual(ruled);
  });
});
