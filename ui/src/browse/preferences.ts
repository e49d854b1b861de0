// Browse preferences kept in the webview's local storage: they are about this window only.
import { useLocalStorage } from "@mantine/hooks";
import { columnStorageKey, columnWidthsStorageKey } from "../catalog/columns";
import { DAILY_RESOURCES } from "../overlay/navigation";

const SHOW_OLDER_VERSIONS_KEY = "plugdesk.showOlderApiVersions";
const DAILY_RESOURCES_KEY = "plugdesk.dailyResources";

/** The resources of the sidebar's "Daily" group, as the operator chose them. */
export function useDailyResources() {
  return useLocalStorage<string[]>({
    key: DAILY_RESOURCES_KEY,
    defaultValue: [...DAILY_RESOURCES],
    getInitialValueInEffect: false,
  });
}

/** Whether deprecated API versions appear in the navigation and palette. */
export function useShowOlderVersions() {
  return useLocalStorage<boolean>({
    key: SHOW_OLDER_VERSIONS_KEY,
    defaultValue: false,
    getInitialValueInEffect: false,
  });
}

/** The operator's column choice for one resource, or null for the defaults. */
export function useColumnChoice(resourceKey: string) {
  return useLocalStorage<string[] | null>({
    key: columnStorageKey(resourceKey),
    defaultValue: null,
    getInitialValueInEffect: false,
  });
}

/** The widths in pixels of the columns the operator resized, for one resource. */
export function useColumnWidths(resourceKey: string) {
  return useLocalStorage<Record<string, number>>({
    key: columnWidthsStorageKey(resourceKey),
    defaultValue: {},
    getInitialValueInEffect: false,
  });
}
