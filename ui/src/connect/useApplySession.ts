import { modals } from "@mantine/modals";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import { believeTenant } from "../api/tenantGeneration";
import { SESSION_QUERY_KEY, type SessionStatus, type TenantView } from "../api/session";

function sameTenant(a: TenantView | null | undefined, b: TenantView | null | undefined): boolean {
  return (
    (a ?? null) === (b ?? null) ||
    (a != null &&
      b != null &&
      a.profileId === b.profileId &&
      a.tenantUrl === b.tenantUrl &&
      a.demo === b.demo)
  );
}

/**
 * Stores the status a session command returned. When the connected tenant changed, every
 * other cached answer is dropped, so no screen can show one tenant's records under another
 * tenant's badge, open dialogs close, and the operator lands on Home. From then on every call
 * names the new connection; Rust refuses those still naming the old one.
 */
export function useApplySession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    (status: SessionStatus, { goHome = false }: { goHome?: boolean } = {}) => {
      const previous = queryClient.getQueryData<SessionStatus>(SESSION_QUERY_KEY);
      const tenantChanged = !sameTenant(previous?.active, status.active);
      believeTenant(status);
      if (tenantChanged) {
        queryClient.removeQueries({
          predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0],
        });
        // A dialog opened for the previous tenant (an action from the command palette) must not
        // send anything to the new one.
        modals.closeAll();
      }
      const store = () => queryClient.setQueryData(SESSION_QUERY_KEY, status);
      if (goHome || tenantChanged) {
        // Home first, then the new status: once the header shows the tenant, the operator is
        // on Home, and a screen they open from there is not replaced by a late move to Home.
        void navigate({ to: "/" }).finally(store);
      } else {
        store();
      }
    },
    [queryClient, navigate],
  );
}
