import { infiniteQueryOptions } from "@tanstack/react-query";
import { commands } from "../bindings";
import { unwrapResult } from "../api/bridge";
import type { ActivityEntry } from "./activityTarget";

/** Entries per page: a screenful and more, well under the command's limit of 500. */
export const ACTIVITY_PAGE_SIZE = 100;

/** `bulkRun` narrows the list to the changes of one bulk run. */
export function activityQuery(profileId: string | null, bulkRun: string | null = null) {
  return infiniteQueryOptions({
    queryKey: ["activity", profileId, bulkRun],
    queryFn: async ({ pageParam }): Promise<ActivityEntry[]> =>
      unwrapResult(
        await commands.listActivity({
          profileId,
          beforeId: pageParam,
          limit: ACTIVITY_PAGE_SIZE,
          bulkRun,
        }),
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (last: ActivityEntry[]) =>
      last.length < ACTIVITY_PAGE_SIZE ? undefined : (last.at(-1)?.id ?? undefined),
  });
}
