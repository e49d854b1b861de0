// After a change the screens showing that resource fetch again: its listings, records and
// reference choices, and the activity log.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

export function useRefreshResources(): (resourceKeys: readonly string[]) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (resourceKeys) => {
      for (const key of resourceKeys) {
        void queryClient.invalidateQueries({ queryKey: ["browse", "list", key] });
        void queryClient.invalidateQueries({ queryKey: ["browse", "record", key] });
        void queryClient.invalidateQueries({ queryKey: ["forms", "references", key] });
      }
      // Every change is written to the activity log.
      void queryClient.invalidateQueries({ queryKey: ["activity"] });
    },
    [queryClient],
  );
}
