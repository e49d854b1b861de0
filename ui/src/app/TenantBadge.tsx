import { ProfileSwitcher } from "../connect/ProfileSwitcher";

/**
 * The connected tenant's name and colour in the header, always visible so the operator knows
 * which tenant they act on; it opens the profile switcher.
 */
export function TenantBadge() {
  return <ProfileSwitcher />;
}
