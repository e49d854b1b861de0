// What the operator chose for Home, remembered on this computer: the time range of the charts.
// How often Home refreshes by itself is components/refreshSetting.ts, shared with the tiles of
// pinned views.
import { useLocalStorage } from "@mantine/hooks";
import type { TimeRange } from "./api";

export const RANGE_OPTIONS: ReadonlyArray<{ value: TimeRange; label: string }> = [
  { value: "today", label: "Today" },
  { value: "days7", label: "7 days" },
  { value: "days30", label: "30 days" },
];

const RANGE_KEY = "plugdesk.home.range";

function isRange(value: unknown): value is TimeRange {
  return RANGE_OPTIONS.some((option) => option.value === value);
}

export function useHomeRange() {
  const [stored, setStored] = useLocalStorage<string>({
    key: RANGE_KEY,
    defaultValue: "days7",
    getInitialValueInEffect: false,
  });
  const range: TimeRange = isRange(stored) ? stored : "days7";
  return [range, (next: TimeRange) => setStored(next)] as const;
}
