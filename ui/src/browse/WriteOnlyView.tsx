// The screen of a resource the API only writes. A charge point's smart charging is set with
// one request and never read back: there is nothing to list, so the screen says so and
// offers the way to set it, instead of failing to load a listing that does not exist.
import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useActiveTenant } from "../api/session";
import {
  findResource,
  resourceLabel,
  singularLabel,
  type CatalogResource,
} from "../catalog/catalogIndex";
import { CreateRecordButton } from "../forms";
import { missingParentParams, pathValues, type ListSearch } from "./listSearch";
import { ParentTrail } from "./ParentTrail";

export function WriteOnlyView({
  resource,
  search,
}: {
  resource: CatalogResource;
  search: ListSearch;
}) {
  // Until the session is known nothing is said about the profile being read-only.
  const tenant = useActiveTenant();
  const path = useMemo(() => pathValues(search.path), [search.path]);
  const missingParents = missingParentParams(resource, search);
  const noun = singularLabel(resource);
  const parent = resource.parent ? findResource(resource.parent.key) : undefined;
  const parentNoun = parent !== undefined ? singularLabel(parent) : "parent record";
  const way =
    missingParents.length > 0
      ? `Open a ${parentNoun} first, and set it from there.`
      : tenant?.readOnly === true
        ? "This profile is read-only, so it cannot be set from here."
        : `Use “Set ${noun}” to set it for this ${parentNoun}.`;
  return (
    <Stack data-testid={`write-only-${resource.key}`} gap="sm">
      <ParentTrail resource={resource} search={search} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2}>{resourceLabel(resource)}</Title>
        {missingParents.length === 0 && <CreateRecordButton resource={resource} parentIds={path} />}
      </Group>
      <Paper withBorder p="md" data-testid="write-only-notice">
        <Text size="sm">
          The platform sets the {noun} of a {parentNoun} but does not send it back, so Plugdesk
          cannot show what is set now. {way}
        </Text>
      </Paper>
    </Stack>
  );
}
