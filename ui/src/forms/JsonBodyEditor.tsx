// The form's details as editable JSON, for operators who have a body at hand (from a support
// ticket, the vendor's documentation or another record). It edits the same values the fields
// do: what is typed here shows in the fields when the operator switches back.
import { JsonInput, Text } from "@mantine/core";
import { useState } from "react";
import type { Body } from "./body";
import { parseBody, type BodyShape } from "./jsonBody";

export interface JsonBodyEditorProps {
  value: Body;
  shape: BodyShape;
  /** Called with every edit that reads as a JSON object. */
  onChange: (value: Body) => void;
  /** Called with a plain-words problem while the text is not a JSON object, null once it is. */
  onProblem: (problem: string | null) => void;
  problem: string | null;
  disabled?: boolean;
}

export function JsonBodyEditor({
  value,
  shape,
  onChange,
  onProblem,
  problem,
  disabled,
}: JsonBodyEditorProps) {
  // The text is kept as typed: re-printing it from the parsed value on every key would move
  // the cursor and undo half-typed edits.
  const [text, setText] = useState(() =>
    JSON.stringify(shape === "array" && !Array.isArray(value) ? [] : value, null, 2),
  );
  return (
    <>
      <JsonInput
        label="Details as JSON"
        description="The same details as the form, as the API receives them."
        value={text}
        onChange={(next) => {
          setText(next);
          const result = parseBody(next, shape);
          if ("body" in result) {
            onProblem(null);
            onChange(result.body);
          } else {
            onProblem(result.problem);
          }
        }}
        error={problem}
        disabled={disabled}
        autosize
        minRows={8}
        maxRows={24}
        spellCheck={false}
        data-testid="form-json"
      />
      {problem === null && (
        <Text size="xs" c="dimmed">
          Checked against the operation&apos;s rules when you send it.
        </Text>
      )}
    </>
  );
}
