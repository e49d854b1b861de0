import { localStorageColorSchemeManager, type MantineColorScheme } from "@mantine/core";

// The operator's theme choice is a UI preference, not a secret: localStorage is the right home.
export const COLOR_SCHEME_STORAGE_KEY = "plugdesk-color-scheme";

export const colorSchemeManager = localStorageColorSchemeManager({
  key: COLOR_SCHEME_STORAGE_KEY,
});

/** Until the operator picks one, the window follows the operating system. */
export const DEFAULT_COLOR_SCHEME: MantineColorScheme = "auto";

export const COLOR_SCHEME_LABELS: Record<MantineColorScheme, string> = {
  auto: "Follow system",
  light: "Light",
  dark: "Dark",
};

/** The order in which the header's toggle walks through the choices. */
export const COLOR_SCHEME_CYCLE: readonly MantineColorScheme[] = ["auto", "light", "dark"];

export function nextColorScheme(current: MantineColorScheme): MantineColorScheme {
  const index = COLOR_SCHEME_CYCLE.indexOf(current);
  return COLOR_SCHEME_CYCLE[(index + 1) % COLOR_SCHEME_CYCLE.length] ?? DEFAULT_COLOR_SCHEME;
}

export function isColorScheme(value: string): value is MantineColorScheme {
  return (COLOR_SCHEME_CYCLE as readonly string[]).includes(value);
}
