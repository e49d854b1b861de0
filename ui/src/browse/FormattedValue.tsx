import { Badge, Text } from "@mantine/core";
import type { Formatted } from "./format";

/** One formatted value: a coloured badge for statuses, dimmed dash for nothing, else text. */
export function FormattedValue({ value }: { value: Formatted }) {
  if (value.kind === "badge") {
    return (
      <Badge color={value.color} variant="light" tt="none" radius="sm">
        {value.text}
      </Badge>
    );
  }
  if (value.kind === "empty") {
    return (
      <Text span c="dimmed" size="sm">
        {value.text}
      </Text>
    );
  }
  return (
    <Text span size="sm" title={value.text}>
      {value.text}
    </Text>
  );
}
