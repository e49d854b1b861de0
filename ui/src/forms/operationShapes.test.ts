import { describe, expect, it } from "vitest";
import { OPERATION_SHAPES, type PathParamShape } from "./operationShapes";
import { readRepositoryFile } from "./testing/repoFiles";

const operationsSource = readRepositoryFile("ui/src/generated/operations.ts");
const bindingsSource = readRepositoryFile("ui/src/bindings.ts");

function operationIdsOfKind(kind: string): string[] {
  const union = new RegExp(`export type ${kind} = (.*?);`).exec(bindingsSource)?.[1] ?? "";
  return [...union.matchAll(/"(\w+)"/g)].map((match) => match[1]!);
}

function parseParams(text: string): PathParamShape[] {
  if (text === "Record<string, never>") return [];
  return text
    .slice(1, -1)
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const [name, type] = part.split(/:\s*/, 2) as [string, string];
      if (type === "number") return [name, "integer"] as const;
      if (type === "string") return [name, "string"] as const;
      return [name, "string", [...type.matchAll(/"([^"]*)"/g)].map((m) => m[1]!)] as const;
    });
}

describe("operation shapes", () => {
  it("match the generated operation types for every write operation", () => {
    const wanted = new Set(
      ["CreateOperation", "UpdateOperation", "DeleteOperation", "ActionOperation"].flatMap(
        operationIdsOfKind,
      ),
    );
    const derived: Record<string, unknown> = {};
    const pattern =
      /^\/\/ (GET|POST|PUT|PATCH|DELETE) \S+ — (\w+)\nexport type \w+PathParams = (.*?);$/gm;
    for (const [, method, operationId, params] of operationsSource.matchAll(pattern)) {
      if (wanted.has(operationId!)) derived[operationId!] = [method, parseParams(params!)];
    }
    expect(wanted.size).toBeGreaterThan(200);
    expect(Object.keys(derived).sort()).toEqual([...wanted].sort());
    expect(OPERATION_SHAPES).toEqual(derived);
  });
});
