import { Divider, ScrollArea, Stack } from "@mantine/core";
import { IconHistory, IconHome, IconSettings } from "@tabler/icons-react";
import { CommandPalette } from "../browse/CommandPalette";
import { ResourceNav } from "../browse/ResourceNav";
import { RouterNavLink } from "../components/links";
import { NAV_SECTIONS } from "../overlay/navigation";
import { SavedViewsNav } from "../views";

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
      <CommandPalette />
      <Divider my="xs" />
      {/* Up and down only: at a fractional zoom (the desktop's large text draws the page 1.25×)
          the list can come out a fraction of a pixel too wide, which would add a sideways bar.
          The entries leave room for the scrollbar, which would otherwise cover a saved view's
          menu button at their right edge. */}
      <ScrollArea
        style={{ flex: 1 }}
        type="auto"
        scrollbars="y"
        offsetScrollbars="y"
        viewportProps={{ "data-testid": "nav-scroll" } as Record<string, string>}
      >
        <SavedViewsNav />
        <ResourceNav sections={NAV_SECTIONS} />
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
        // Plugdesk's own settings; the tenant's are "Tenant settings" among the resources.
        label="App settings"
        leftSection={<IconSettings size={ICON_SIZE} stroke={ICON_STROKE} />}
      />
    </Stack>
  );
}
