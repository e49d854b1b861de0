// Said on the screens of an older API version: the vendor has deprecated it, and which
// resource shows the current version.
import { Alert, Text } from "@mantine/core";
import { findResource, resourceLabel, type CatalogResource } from "../catalog/catalogIndex";
import { RouterAnchor } from "../components/RouterAnchor";

export function OlderVersionNotice({ resource }: { resource: CatalogResource }) {
  if (!resource.deprecated) return null;
  const replacement = resource.replacedBy !== null ? findResource(resource.replacedBy) : undefined;
  return (
    <Alert color="orange" variant="light" data-testid="older-version-notice">
      <Text size="sm">
        This is version {resource.apiVersion} of the API, which AMPECO has deprecated: it may go
        away in a later release.{" "}
        {replacement !== undefined && replacement.parent === null && (
          <>
            <RouterAnchor to="/r/$resource" params={{ resource: replacement.key }} search={{}}>
              {resourceLabel(replacement)}
            </RouterAnchor>{" "}
            shows the current version.
          </>
        )}
      </Text>
    </Alert>
  );
}
