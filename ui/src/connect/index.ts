// What other screens use from tenant profiles:
// - `useActiveTenant()`: the connected tenant (name, colour, `readOnly`, `demo`) or null; hide
//   or disable write controls when `readOnly` is true.
// - `useTokenPrompt()` and `isUnauthorized(error)`: ask for a new API token when the tenant
//   answers 401, over the current screen. Failed queries need nothing: the prompt opens by
//   itself and refetches them once a new token is saved (see useTokenPrompt.ts).
export { isUnauthorized } from "./errorFacts";
export { useActiveTenant, type TenantView } from "../api/session";
export { useTokenPrompt } from "./useTokenPrompt";
