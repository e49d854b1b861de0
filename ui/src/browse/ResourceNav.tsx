// The resource part of the sidebar: a search box and the resources of each group.
import { Badge, CloseButton, Group, NavLink, Text, TextInput, Tooltip } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { RouterNavLink } from "../components/links";
import type { NavSection } from "../overlay/navigation";
import { groupOf, matchEntries, navEntries, type NavEntry } from "./navModel";
import { useShowOlderVersions } from "./preferences";

const ICON_SIZE = 18;
const ICON_STROKE = 1.6;

export function ResourceNav({ sections }: { sections: readonly NavSection[] }) {
  const [showOlder] = useShowOlderVersions();
  const [search, setSearch] = useState("");
  const entries = useMemo(() => navEntries(showOlder), [showOlder]);
  const matching = useMemo(() => matchEntries(entries, search), [entries, search]);
  const searching = search.trim() !== "";

  return (
    <>
      <TextInput
        data-testid="nav-search"
        size="xs"
        mx="xs"
        mb="xs"
        placeholder="Find a resource"
        aria-label="Find a resource"
        leftSection={<IconSearch size={14} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        rightSection={
          searching ? (
            <CloseButton size="xs" aria-label="Clear search" onClick={() => setSearch("")} />
          ) : null
        }
      />
      {sections.map(({ slug, label, icon: SectionIcon }) => {
        const inSection = matching.filter((entry) => groupOf(entry.resource) === slug);
        if (inSection.length === 0) return null;
        return (
          <NavLink
            key={slug}
            data-testid={`nav-section-${slug}`}
            label={label}
            leftSection={<SectionIcon size={ICON_SIZE} stroke={ICON_STROKE} />}
            childrenOffset={ICON_SIZE + 10}
            // While searching every group with a match is open, so matches are visible.
            {...(searching ? { opened: true } : {})}
          >
            {inSection.map((entry) => (
              <ResourceLink key={entry.resource.key} entry={entry} />
            ))}
          </NavLink>
        );
      })}
      {searching && matching.length === 0 && (
        <Text data-testid="nav-no-match" size="sm" c="dimmed" px="sm">
          No resource matches “{search.trim()}”.
        </Text>
      )}
    </>
  );
}

function ResourceLink({ entry }: { entry: NavEntry }) {
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
          {entry.resource.apiVersion}
        </Badge>
      </Tooltip>
    </Group>
  ) : (
    entry.label
  );
  return entry.single ? (
    <RouterNavLink
      data-testid={`nav-resource-${entry.resource.key}`}
      to="/r/$resource/$id"
      params={{ resource: entry.resource.key, id: "record" }}
      search={{}}
      label={label}
    />
  ) : (
    // An empty search: reopening a resource starts from its unfiltered first page.
    <RouterNavLink
      data-testid={`nav-resource-${entry.resource.key}`}
      to="/r/$resource"
      params={{ resource: entry.resource.key }}
      search={{}}
      label={label}
    />
  );
}
