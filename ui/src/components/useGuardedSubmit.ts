// One submit at a time: a second click while the first is still running does nothing. The
// guard is a ref set synchronously on the first click, before any await, so two clicks in
// the same frame cannot both pass; `inFlight` is the same fact as state, for spinners.
import { useCallback, useRef, useState } from "react";

export interface GuardedSubmit {
  /** Whether a guarded task is running. */
  inFlight: boolean;
  /** Runs `task` unless one is already running; resolves once it has settled. */
  guard: (task: () => Promise<void>) => Promise<void>;
}

export function useGuardedSubmit(): GuardedSubmit {
  const busy = useRef(false);
  const [inFlight, setInFlight] = useState(false);
  const guard = useCallback(async (task: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setInFlight(true);
    try {
      await task();
    } finally {
      busy.current = false;
      setInFlight(false);
    }
  }, []);
  return { inFlight, guard };
}
