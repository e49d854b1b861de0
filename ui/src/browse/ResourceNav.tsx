// The resource part of the sidebar: the operator's "Daily" group on top, then the resources
// of each group. The one search is the palette above it (Ctrl+K).
import { Badge, Group, NavLink, Text, Tooltip } from "@mantine/core";
import { IconStar } from "@tabler/icons-react";
import { useMemo } from "react";
import { RouterNavLink } from "../components/links";
import type { NavSection } from "../overlay/navigation";
import { dailyEntries, groupOf, navEntries, type NavEntry } from "./navModel";
import { useDailyResources, useShowOlderVersions } from "./preferences";

const ICON_SIZE = 18;
const ICON_STROKE = 1.6;

export function ResourceNav({ sections }: { sections: readonly NavSection[] }) {
  const [showOlder] = useShowOlderVersions();
  const [dailyKeys] = useDailyResources();
  const entries = useMemo(() => navEntries(showOlder), [showOlder]);
  const daily = useMemo(() => dailyEntries(entries, dailyKeys), [entries, dailyKeys]);

  return (
    <>
      {daily.length > 0 && (
        <NavLink
          data-testid="nav-section-daily"
          label="Daily"
          leftSection={<IconStar size={ICON_SIZE} stroke={ICON_STROKE} />}
          childrenOffset={ICON_SIZE + 10}
          defaultOpened
        >
          {daily.map((entry) => (
            <ResourceLink key={entry.resource.key} entry={entry} testId="nav-daily" />
          ))}
        </NavLink>
      )}
      {sections.map(({ slug, label, icon: SectionIcon }) => {
        const inSection = entries.filter((entry) => groupOf(entry.resource) === slug);
        if (inSection.length === 0) return null;
        return (
          <NavLink
            key={slug}
            data-testid={`nav-section-${slug}`}
            label={label}
            leftSection={<SectionIcon size={ICON_SIZE} stroke={ICON_STROKE} />}
            childrenOffset={ICON_SIZE + 10}
          >
            {inSection.map((entry) => (
              <ResourceLink key={entry.resource.key} entry={entry} />
            ))}
          </NavLink>
        );
      })}
    </>
  );
}

function ResourceLink({
  entry,
  testId = "nav-resource",
}: {
  entry: NavEntry;
  /** The Daily group's copies have test ids of their own. */
  testId?: string;
}) {
  const label = entry.resource.deprecated ? (
    // The label wraps like every other entry's; the version badge is never cut.
    <Group gap={6} wrap="nowrap" align="center">
      <Text size="sm">{entry.label}</Text>
      <Tooltip label={entry.replacement ? `Replaced by ${entry.replacement}` : "Older API version"}>
        <Badge
          size="xs"
          color="orange"
          variant="light"
          style={{ flexShrink: 0, overflow: "visible" }}
          data-testid={`nav-deprecated-${entry.resource.key}`}
        >
          Older · {entry.resource.apiVersion}
        </Badge>
      </Tooltip>
    </Group>
  ) : (
    entry.label
  );
  return entry.single ? (
    <RouterNavLink
      data-testid={`${testId}-${entry.resource.key}`}
      to="/r/$resource/$id"
      params={{ resource: entry.resource.key, id: "record" }}
      search={{}}
      label={label}
    />
  ) : (
    // An empty search: reopening a resource starts from its unfiltered first page.
    <RouterNavLink
      data-testid={`${testId}-${entry.resource.key}`}
      to="/r/$resource"
      params={{ resource: entry.resource.key }}
      search={{}}
      label={label}
    />
  );
}
