// Secrets of other systems a record or body carries (a user's password, a charge point's PIN,
// a payment terminal's API key) are never shown unasked. Which fields hold them is decided once,
// from the spec, by the generator; Rust masks the same names in the activity log and in exports.
import type { Value } from "../bindings";
import { SECRET_FIELDS } from "../generated/secretFields";

/** What a secret value shows as, in lists, details and the raw JSON. */
export const SECRET_MASK = "••••••••";

export function isSecretField(name: string): boolean {
  return SECRET_FIELDS.has(name);
}

/** Whether a value under a secret field's name holds something to hide. */
export function holdsSecret(value: Value | undefined): boolean {
  return (typeof value === "string" && value !== "") || typeof value === "number";
}

/** A copy of `value` with every secret field's text or number replaced by the mask, at any depth. */
export function maskSecrets(value: Value): Value {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (value !== null && typeof value === "object") {
    const masked: Record<string, Value> = {};
    for (const [name, field] of Object.entries(value)) {
      masked[name] = isSecretField(name) && holdsSecret(field) ? SECRET_MASK : maskSecrets(field);
    }
    return masked;
  }
  return value;
}
