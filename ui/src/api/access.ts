// Whether the active profile may change data. The Rust side refuses writes through a
// read-only profile anyway; the UI hides or disables its write controls so nobody tries.
import { useActiveTenant } from "./session";

export function useCanWrite(): boolean {
  const tenant = useActiveTenant();
  return tenant !== null && !tenant.readOnly;
}
