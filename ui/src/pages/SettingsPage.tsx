import { Paper, SegmentedControl, Stack, Text, Title, useMantineColorScheme } from "@mantine/core";
import { COLOR_SCHEME_CYCLE, COLOR_SCHEME_LABELS, isColorScheme } from "../theme/colorScheme";
import { DailyGroupSetting } from "../browse/DailyGroupSetting";
import { OlderVersionsSetting } from "../browse/OlderVersionsSetting";
import { HomeRefreshSetting } from "../home";
import { RetentionSetting } from "../activity/RetentionSetting";
import { AboutBox } from "./AboutBox";

const THEME_OPTIONS = COLOR_SCHEME_CYCLE.map((value) => ({
  value,
  label: COLOR_SCHEME_LABELS[value],
}));

export function SettingsPage() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  return (
    <Stack data-testid="page-settings" gap="lg" maw={720}>
      <Title order={2}>Settings</Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            Theme
          </Title>
          <Text size="sm" c="dimmed">
            Follow system matches your operating system&apos;s light or dark mode.
          </Text>
          <SegmentedControl
            data-testid="theme-setting"
            data={THEME_OPTIONS}
            value={colorScheme}
            onChange={(value) => {
              if (isColorScheme(value)) setColorScheme(value);
            }}
            style={{ alignSelf: "flex-start" }}
          />
        </Stack>
      </Paper>
      <HomeRefreshSetting />
      <DailyGroupSetting />
      <OlderVersionsSetting />
      <RetentionSetting />
      <AboutBox />
    </Stack>
  );
}
