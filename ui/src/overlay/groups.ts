// Which navigation group each top-level resource belongs to, in the operator's words.
// A resource missing here still appears, under "Other", so a new API resource is never lost.
import type { TopLevelResourceKey } from "../generated/unions";

export type NavGroupSlug =
  | "network"
  | "charging"
  | "customers"
  | "billing"
  | "partners-and-roaming"
  | "energy"
  | "content-and-settings";

export const OTHER_GROUP = "other" as const;

/** A navigation section: a group, or "Other" for resources no group names. */
export type NavSectionSlug = NavGroupSlug | typeof OTHER_GROUP;

export const RESOURCE_GROUPS: Readonly<Partial<Record<TopLevelResourceKey, NavGroupSlug>>> = {
  locations: "network",
  "charge-points": "network",
  evses: "network",
  "parking-spaces": "network",
  "payment-terminals": "network",
  "charge-point-models": "network",
  "charge-point-vendors": "network",
  "cp-models": "network",
  "cp-vendors": "network",
  "firmware-versions": "network",
  "configuration-templates": "network",
  "charge-point-downtime-periods": "network",
  "evse-downtime-periods": "network",
  "downtime-period-notices": "network",
  "installer-jobs": "network",
  "security-events": "network",
  "security-events-log": "network",
  "vendor-error-codes": "network",
  sessions: "charging",
  reservations: "charging",
  bookings: "charging",
  "booking-requests": "charging",
  authorizations: "charging",
  users: "customers",
  "user-groups": "customers",
  "id-tags": "customers",
  "rfid-tags": "customers",
  subscriptions: "customers",
  vouchers: "customers",
  consents: "customers",
  "provisioning-certificates": "customers",
  tariffs: "billing",
  "tariff-groups": "billing",
  transactions: "billing",
  invoices: "billing",
  receipts: "billing",
  taxes: "billing",
  "tax-identification-numbers": "billing",
  currencies: "billing",
  "currency-rates": "billing",
  "custom-fees": "billing",
  "top-up-packages": "billing",
  "subscription-plans": "billing",
  partners: "partners-and-roaming",
  "partner-contracts": "partners-and-roaming",
  "partner-invites": "partners-and-roaming",
  "partner-expenses": "partners-and-roaming",
  "partner-revenues": "partners-and-roaming",
  "partner-settlement-reports": "partners-and-roaming",
  "sub-operators": "partners-and-roaming",
  cdrs: "partners-and-roaming",
  "roaming-connections": "partners-and-roaming",
  "roaming-operators": "partners-and-roaming",
  "roaming-platforms": "partners-and-roaming",
  "roaming-providers": "partners-and-roaming",
  "roaming-tariffs": "partners-and-roaming",
  circuits: "energy",
  "electricity-meters": "energy",
  "electricity-rates": "energy",
  utilities: "energy",
  "flexibility-assets": "energy",
  "flexibility-activation-requests": "energy",
  faqs: "content-and-settings",
  "terms-and-policies": "content-and-settings",
  templates: "content-and-settings",
  notifications: "content-and-settings",
  settings: "content-and-settings",
  "contact-details": "content-and-settings",
};
