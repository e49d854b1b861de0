// How often Home's numbers refresh by themselves (Settings → Home), remembered on this
// computer. Home's widgets and the tiles of the views pinned to Home both follow it, so it
// lives below both features.
import { useLocalStorage } from "@mantine/hooks";

export const REFRESH_OPTIONS = [
  { value: "0", label: "Off" },
  { value: "1", label: "1 minute" },
  { value: "5", label: "5 minutes" },
  { value: "15", label: "15 minutes" },
] as const;

export type RefreshMinutes = (typeof REFRESH_OPTIONS)[number]["value"];

const REFRESH_KEY = "plugdesk.home.refreshMinutes";
const DEFAULT_MINUTES: RefreshMinutes = "5";

function isRefresh(value: unknown): value is RefreshMinutes {
  return REFRESH_OPTIONS.some((option) => option.value === value);
}

export function useRefreshMinutes() {
  const [stored, setStored] = useLocalStorage<string>({
    key: REFRESH_KEY,
    defaultValue: DEFAULT_MINUTES,
    getInitialValueInEffect: false,
  });
  const minutes: RefreshMinutes = isRefresh(stored) ? stored : DEFAULT_MINUTES;
  return [minutes, (next: RefreshMinutes) => setStored(next)] as const;
}
