import { ActionIcon, Tooltip, useMantineColorScheme } from "@mantine/core";
import { IconDeviceDesktop, IconMoon, IconSun } from "@tabler/icons-react";
import { COLOR_SCHEME_LABELS, nextColorScheme } from "../theme/colorScheme";

const ICONS = { auto: IconDeviceDesktop, light: IconSun, dark: IconMoon } as const;

/** Header button that walks through follow system → light → dark. */
export function ThemeToggle() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const next = nextColorScheme(colorScheme);
  const label = `Theme: ${COLOR_SCHEME_LABELS[colorScheme]} (click for ${COLOR_SCHEME_LABELS[next]})`;
  const CurrentIcon = ICONS[colorScheme];

  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        data-testid="theme-toggle"
        data-color-scheme={colorScheme}
        variant="default"
        size="lg"
        aria-label={label}
        onClick={() => setColorScheme(next)}
      >
        <CurrentIcon size={18} stroke={1.6} />
      </ActionIcon>
    </Tooltip>
  );
}
