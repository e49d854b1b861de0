// The listings related to a record: the ones an operator opens first as buttons (a user's
// sessions, ID tags and payments; a charge point's EVSEs and sessions), the rest in "More".
import { Button, Group, Menu, Text } from "@mantine/core";
import { IconChevronDown } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { isSingleRecord, parentParams, resourceLabel } from "../catalog/catalogIndex";
import { relatedOf, type ResolvedRelated } from "../catalog/detailLayout";
import type { CatalogResource } from "../catalog/catalogIndex";
import { RouterButton } from "../components/links";

/** A listing (filtered by this record, or of its children), or a child's one record. */
interface Target {
  single: boolean;
  resource: string;
  search: { path?: Record<string, string>; filter?: Record<string, string> };
}

/** Where a related link goes, or null where the record's address lacks a parent id it needs. */
function targetOf(
  link: ResolvedRelated,
  childPath: Record<string, string>,
  ownId: string | null,
): Target | null {
  if (link.filter !== null) {
    if (ownId === null) return null;
    return {
      single: false,
      resource: link.resource.key,
      search: { filter: { [link.filter]: ownId } },
    };
  }
  const needed = parentParams(link.resource);
  if (!needed.every((name) => childPath[name] !== undefined)) return null;
  const path = Object.fromEntries(needed.map((name) => [name, childPath[name] ?? ""]));
  return { single: isSingleRecord(link.resource), resource: link.resource.key, search: { path } };
}

export function RelatedLinks({
  resource,
  childPath,
  ownId,
}: {
  resource: CatalogResource;
  childPath: Record<string, string>;
  /** The record's own id, for listings filtered by it. */
  ownId: string | null;
}) {
  const navigate = useNavigate();
  const { primary, more } = relatedOf(resource);
  const shown = primary.flatMap((link) => {
    const target = targetOf(link, childPath, ownId);
    return target === null ? [] : [{ link, target }];
  });
  const hidden = more.flatMap((link) => {
    const target = targetOf(link, childPath, ownId);
    return target === null ? [] : [{ link, target }];
  });
  if (shown.length === 0 && hidden.length === 0) return null;
  const testId = (link: ResolvedRelated) =>
    link.filter === null ? `detail-child-${link.key}` : `detail-related-${link.resource.key}`;
  return (
    <Group gap="xs" data-testid="detail-children">
      <Text size="sm" c="dimmed">
        Related:
      </Text>
      {shown.map(({ link, target }) => {
        const label = link.filter === null ? resourceLabel(link.resource) : link.label;
        return target.single ? (
          <RouterButton
            key={link.key}
            to="/r/$resource/$id"
            params={{ resource: target.resource, id: "record" }}
            search={target.search}
            size="xs"
            variant="light"
            data-testid={testId(link)}
          >
            {label}
          </RouterButton>
        ) : (
          <RouterButton
            key={link.key}
            to="/r/$resource"
            params={{ resource: target.resource }}
            search={target.search}
            size="xs"
            variant="light"
            data-testid={testId(link)}
          >
            {label}
          </RouterButton>
        );
      })}
      {hidden.length > 0 && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              size="xs"
              variant="subtle"
              rightSection={<IconChevronDown size={14} />}
              data-testid="detail-related-more"
            >
              More
            </Button>
          </Menu.Target>
          <Menu.Dropdown mah={360} style={{ overflowY: "auto" }}>
            {hidden.map(({ link, target }) => (
              <Menu.Item
                key={link.key}
                data-testid={testId(link)}
                onClick={() =>
                  void (target.single
                    ? navigate({
                        to: "/r/$resource/$id",
                        params: { resource: target.resource, id: "record" },
                        search: target.search,
                      })
                    : navigate({
                        to: "/r/$resource",
                        params: { resource: target.resource },
                        search: target.search,
                      }))
                }
              >
                {resourceLabel(link.resource)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
