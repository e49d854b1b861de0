import { AppShell, Burger, Group, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Outlet } from "@tanstack/react-router";
import { useEffect } from "react";
import { useBaseCurrency } from "../api/baseCurrency";
import { SessionNotices } from "../connect/SessionNotices";
import { TokenPromptProvider } from "../connect/TokenPrompt";
import { KeyboardShortcuts } from "./KeyboardShortcuts";
import { Navigation } from "./Navigation";
import { TenantBadge } from "./TenantBadge";
import { ThemeToggle } from "./ThemeToggle";
import { HEADER_HEIGHT, NAVBAR_WIDTH } from "./layout";
import { preloadRecordScreens } from "./lazyScreens";
import { STARTUP_MARKS, afterNextPaint, markOnce, markShellPaintedOnce } from "./startupTiming";

export const MAIN_CONTENT_ID = "main-content";

/** The frame around every page: header, sidebar, and the routed content. */
export function Shell() {
  // Below the breakpoint the sidebar folds away behind the burger.
  markOnce(STARTUP_MARKS.shellRendered);
  const [navOpened, { toggle: toggleNav }] = useDisclosure(false);
  useEffect(markShellPaintedOnce, []);
  useEffect(() => afterNextPaint(preloadRecordScreens), []);
  useBaseCurrency();

  return (
    <AppShell
      data-testid="app-shell"
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: NAVBAR_WIDTH, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      {/* The router owns the address's hash, so the link moves focus itself. */}
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="plugdesk-skip-link"
        data-testid="skip-to-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_CONTENT_ID)?.focus();
        }}
      >
        Skip to content
      </a>
      <KeyboardShortcuts />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Title data-testid="app-title" order={1} size="h3">
              Plugdesk
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <TenantBadge />
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Navigation />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: "none" }}>
        {/* The token prompt opens over the current page, so the operator keeps their place. */}
        <TokenPromptProvider>
          <SessionNotices />
          <Outlet />
        </TokenPromptProvider>
      </AppShell.Main>
    </AppShell>
  );
}
