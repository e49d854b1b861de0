// The sidebar's sections: label and icon of every navigation group, in order.
import {
  IconAddressBook,
  IconBolt,
  IconBuildingStore,
  IconChargingPile,
  IconDots,
  IconFileInvoice,
  IconPlugConnected,
  IconSettingsCog,
  type Icon,
} from "@tabler/icons-react";
import type { NavSectionSlug } from "./groups";
import type { TopLevelResourceKey } from "../generated/unions";

/** The "Daily" group pinned on top of the sidebar, until the operator chooses others. */
export const DAILY_RESOURCES: readonly TopLevelResourceKey[] = [
  "charge-points",
  "evses",
  "sessions",
  "users",
  "id-tags",
  "locations",
  "invoices",
];

export interface NavSection {
  /** Stable id used in test ids (`nav-section-<slug>`) and, later, in URLs. */
  slug: NavSectionSlug;
  label: string;
  icon: Icon;
}

// The operator-facing groups of resources, in the sidebar's order; groups.ts says which
// resource goes where.
export const NAV_SECTIONS: readonly NavSection[] = [
  { slug: "network", label: "Network", icon: IconChargingPile },
  { slug: "charging", label: "Charging", icon: IconPlugConnected },
  { slug: "customers", label: "Customers", icon: IconAddressBook },
  { slug: "billing", label: "Billing", icon: IconFileInvoice },
  { slug: "partners-and-roaming", label: "Partners and roaming", icon: IconBuildingStore },
  { slug: "energy", label: "Energy and smart charging", icon: IconBolt },
  { slug: "content-and-settings", label: "Content and settings", icon: IconSettingsCog },
  { slug: "other", label: "Other", icon: IconDots },
];
