import { Badge, Group, Text } from "@mantine/core";
import { singularLabel } from "../catalog/catalogIndex";
import type { Formatted } from "../format/format";
import type { RecordLink } from "../catalog/referenceLinks";
import { NamedReference } from "../components/NamedReference";
import { RouterAnchor } from "../components/RouterAnchor";

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

/**
 * Ids that open their records: "Munich Central · #12" once the name arrives ("connector 21"
 * where records have no name), one link per id, a nested one with its parents.
 */
export function RecordLinks({ links, testId }: { links: RecordLink[]; testId: string }) {
  return (
    <Group gap={6}>
      {links.map((link, index) => (
        <RouterAnchor
          key={`${index}-${link.id}`}
          to="/r/$resource/$id"
          params={{ resource: link.resource.key, id: link.id }}
          search={Object.keys(link.path).length > 0 ? { path: link.path } : {}}
          size="sm"
          data-testid={testId}
        >
          <NamedReference
            resource={link.resource}
            id={link.id}
            fallback={`${singularLabel(link.resource)} ${link.id}`}
          />
        </RouterAnchor>
      ))}
    </Group>
  );
}
