import { Divider, NavLink, ScrollArea, Stack, Text } from "@mantine/core";
import { IconHistory, IconHome, IconSettings } from "@tabler/icons-react";
import { RouterNavLink } from "./links";
import { NAV_SECTIONS } from "./navigation";

const ICON_SIZE = 18;
const ICON_STROKE = 1.6;

/** The sidebar: fixed pages on top and bottom, the resource groups in between. */
export function Navigation() {
  return (
    <Stack data-testid="nav" component="nav" aria-label="Main" gap={0} h="100%">
      <RouterNavLink
        data-testid="nav-home"
        to="/"
        activeOptions={{ exact: true }}
        label="Home"
        leftSection={<IconHome size={ICON_SIZE} stroke={ICON_STROKE} />}
      />
      <Divider my="xs" />
      <ScrollArea style={{ flex: 1 }} type="auto">
        {NAV_SECTIONS.map(({ slug, label, icon: SectionIcon }) => (
          <NavLink
            key={slug}
            data-testid={`nav-section-${slug}`}
            label={label}
            leftSection={<SectionIcon size={ICON_SIZE} stroke={ICON_STROKE} />}
            childrenOffset={ICON_SIZE + 10}
          >
            <RouterNavLink
              data-testid={`nav-section-${slug}-connect`}
              to="/connect"
              label={
                <Text size="sm" c="dimmed">
                  Connect a tenant to browse
                </Text>
              }
            />
          </NavLink>
        ))}
      </ScrollArea>
      <Divider my="xs" />
      <RouterNavLink
        data-testid="nav-activity"
        to="/activity"
        label="Activity"
        leftSection={<IconHistory size={ICON_SIZE} stroke={ICON_STROKE} />}
      />
      <RouterNavLink
        data-testid="nav-settings"
        to="/settings"
        label="Settings"
        leftSection={<IconSettings size={ICON_SIZE} stroke={ICON_STROKE} />}
      />
    </Stack>
  );
}
