// "Technical details", collapsed: the request behind a change (method, path, operation id,
// status code, raw JSON) for whoever needs to report or debug it, out of the operator's way.
import { Button, Code, Collapse, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useId } from "react";
import type { Value } from "../bindings";

export interface TechnicalFacts {
  method: string | null;
  path: string | null;
  operationId: string;
  status: number | null;
  durationMs?: number;
  /** The JSON sent or answered, already free of secrets. */
  json?: { label: string; value: Value };
}

export function TechnicalDetails({ facts, testId }: { facts: TechnicalFacts; testId: string }) {
  const [open, toggle] = useDisclosure(false);
  const id = useId();
  const request = [facts.method, facts.path].filter((part) => part !== null).join(" ");
  return (
    <Stack gap={4}>
      <div>
        <Button
          variant="subtle"
          size="compact-xs"
          color="gray"
          onClick={toggle.toggle}
          aria-expanded={open}
          aria-controls={id}
          leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          data-testid={`${testId}-toggle`}
        >
          Technical details
        </Button>
      </div>
      <Collapse expanded={open} keepMountedMode="display-none" id={id} data-testid={testId}>
        <Stack gap={4}>
          {request !== "" && (
            <Text size="xs" ff="monospace">
              {request}
            </Text>
          )}
          <Text size="xs" ff="monospace">
            Operation {facts.operationId}
            {facts.status !== null ? ` · HTTP ${facts.status}` : ""}
            {facts.durationMs !== undefined ? ` · ${facts.durationMs} ms` : ""}
          </Text>
          {facts.json !== undefined && facts.json.value !== null && (
            <Code
              block
              data-testid={`${testId}-json`}
              // Long answers scroll: the block takes focus so the keyboard can scroll it.
              tabIndex={0}
              role="region"
              aria-label={facts.json.label}
              style={{ maxHeight: "40vh", overflow: "auto" }}
            >
              {JSON.stringify(facts.json.value, null, 2)}
            </Code>
          )}
        </Stack>
      </Collapse>
    </Stack>
  );
}
