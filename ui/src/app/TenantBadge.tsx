import { Badge } from "@mantine/core";

/** The connected tenant's name in the header; connecting a profile will fill it. */
export function TenantBadge() {
  return (
    <Badge
      data-testid="tenant-badge"
      variant="outline"
      color="gray"
      size="lg"
      radius="sm"
      tt="none"
    >
      No tenant
    </Badge>
  );
}
