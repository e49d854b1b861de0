import { MantineProvider } from "@mantine/core";
import { ModalsProvider } from "@mantine/modals";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { colorSchemeManager, DEFAULT_COLOR_SCHEME } from "../theme/colorScheme";
import { readableColorsResolver } from "../theme/contrast";
import { plugdeskTheme } from "../theme/theme";
import { TOAST_WIDTH } from "./layout";

interface ProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything a screen may rely on: theme, server-state cache, modals and notifications. */
export function Providers({ queryClient, children }: ProvidersProps) {
  return (
    <MantineProvider
      theme={plugdeskTheme}
      cssVariablesResolver={readableColorsResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme={DEFAULT_COLOR_SCHEME}
    >
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <Notifications position="bottom-left" containerWidth={TOAST_WIDTH} />
          {children}
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
