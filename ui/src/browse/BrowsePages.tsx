// Route components of the browse screens: they read the URL and hand it to the views.
import { Alert, Stack } from "@mantine/core";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { findResource, isWriteOnly } from "../catalog/catalogIndex";
import { DetailView } from "./DetailView";
import { ListView } from "./ListView";
import type { ListSearch } from "./listSearch";
import { WriteOnlyView } from "./WriteOnlyView";
import type { RecordLink } from "../catalog/referenceLinks";

function UnknownResource({ resourceKey }: { resourceKey: string }) {
  return (
    <Stack data-testid="browse-unknown-resource" maw={720}>
      <Alert color="yellow" title="Unknown resource">
        Plugdesk does not know a resource called “{resourceKey}”. Pick one from the navigation.
      </Alert>
    </Stack>
  );
}

export function ListPage() {
  const { resource: key } = useParams({ from: "/r/$resource" });
  const search = useSearch({ from: "/r/$resource" });
  const navigate = useNavigate({ from: "/r/$resource" });
  // Stable across renders: the table builds its reference cells around it.
  const openLink = useCallback(
    (link: RecordLink) =>
      void navigate({
        to: "/r/$resource/$id",
        params: { resource: link.resource.key, id: link.id },
        search: Object.keys(link.path).length > 0 ? { path: link.path } : {},
      }),
    [navigate],
  );
  const resource = findResource(key);
  if (resource === undefined) return <UnknownResource resourceKey={key} />;
  if (isWriteOnly(resource))
    return <WriteOnlyView key={resource.key} resource={resource} search={search} />;
  return (
    <ListView
      key={resource.key}
      resource={resource}
      search={search}
      onSearchChange={(next: ListSearch, options) =>
        void navigate({ search: next, replace: options?.replace })
      }
      onOpenRecord={(id) =>
        void navigate({
          to: "/r/$resource/$id",
          params: { resource: resource.key, id },
          search: search.path ? { path: search.path } : {},
        })
      }
      onOpenLink={openLink}
    />
  );
}

export function DetailPage() {
  const { resource: key, id } = useParams({ from: "/r/$resource/$id" });
  const search = useSearch({ from: "/r/$resource/$id" });
  const resource = findResource(key);
  if (resource === undefined) return <UnknownResource resourceKey={key} />;
  return (
    <DetailView
      key={`${resource.key}/${id}`}
      resource={resource}
      id={id}
      parentPath={search.path ?? {}}
    />
  );
}
