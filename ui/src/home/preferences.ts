// What the operator chose for Home, remembered on this computer: the time range of the charts
// and how often Home refreshes by itself.
import { useLocalStorage } from "@mantine/hooks";
import type { TimeRange } from "./api";

export const RANGE_OPTIONS: ReadonlyArray<{ value: TimeRange; label: string }> = [
  { value: "today", label: "Today" },
  { value: "days7", label: "7 days" },
  { value: "days30", label: "30 days" },
];

export const REFRESH_OPTIONS = [
  { value: "0", label: "Off" },
  { value: "1", label: "1 minute" },
  { value: "5", label: "5 minutes" },
  { value: "15", label: "15 minutes" },
] as const;

export type RefreshMinutes = (typeof REFRESH_OPTIONS)[number]["value"];

const RANGE_KEY = "plugdesk.home.range";
const REFRESH_KEY = "plugdesk.home.refreshMinutes";

function isRange(value: unknown): value is TimeRange {
  return RANGE_OPTIONS.some((option) => option.value === value);
}

function isRefresh(value: unknown): value is RefreshMinutes {
  return REFRESH_OPTIONS.some((option) => option.value === value);
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

export function useRefreshMinutes() {
  const [stored, setStored] = useLocalStorage<string>({
    key: REFRESH_KEY,
    defaultValue: "5",
    getInitialValueInEffect: false,
  });
  const minutes: RefreshMinutes = isRefresh(stored) ? stored : "5";
  return [minutes, (next: RefreshMinutes) => setStored(next)] as const;
}
