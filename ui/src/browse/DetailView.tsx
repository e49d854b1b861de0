// The one detail screen: any record of the catalog, led by its summary (name, status badges,
// place, key facts, actions), then its related listings, its fields grouped by meaning, and the
// raw JSON.
import {
  ActionIcon,
  Badge,
  Code,
  CopyButton,
  Group,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { RouterAnchor } from "../components/RouterAnchor";
import { useMemo, useState } from "react";
import { NestedActions, RecordActions } from "../actions";
import { AUTO_REFRESH_SECONDS, LIVE_RESOURCES } from "../overlay/records";
import type { PathValues } from "../catalog/paths";
import { nameOf } from "../catalog/names";
import { isRecord, type ApiRecord } from "../catalog/records";
import { RefreshControls } from "./RefreshControls";
import {
  isSingleRecord,
  parentParams,
  pathValue,
  recordIdParam,
  resourceLabel,
  singularLabel,
  type CatalogResource,
} from "../catalog/catalogIndex";
import { recordQueryOptions } from "./queries";
import { LoadError, LoadingRows, RateLimitStopped, RateLimitWait } from "./states";
import { useRateLimitWait } from "./useRateLimitWait";
import { maskSecrets } from "../format/secrets";
import { DetailSummary } from "./DetailSummary";
import { DetailFields } from "./DetailFields";
import { RelatedLinks } from "./RelatedLinks";

interface DetailViewProps {
  resource: CatalogResource;
  /** The record's id, or null for a resource with one record per parent. */
  id: string | null;
  /** Parent ids by path parameter. */
  parentPath: Record<string, string>;
}

export function DetailView({ resource, id, parentPath }: DetailViewProps) {
  const path = useMemo<PathValues>(() => {
    const values: PathValues = {};
    for (const name of parentParams(resource)) {
      const value = parentPath[name];
      if (value !== undefined) values[name] = pathValue(value);
    }
    const idParam = recordIdParam(resource);
    if (id !== null && idParam !== null) values[idParam] = pathValue(id);
    return values;
  }, [resource, id, parentPath]);
  const live = LIVE_RESOURCES.has(resource.key);
  const navigate = useNavigate();
  const [autoRefresh, setAutoRefresh] = useState(false);
  const recordOptions = recordQueryOptions(resource, path);
  const record = useQuery({
    ...recordOptions,
    refetchInterval: live && autoRefresh ? AUTO_REFRESH_SECONDS * 1000 : false,
  });
  const data = record.data;
  const title = titleOf(resource, id, isRecord(data) ? data : null);
  const subtitle = subtitleOf(resource, id, title);
  const rateLimit = useRateLimitWait(record, recordOptions.queryKey);
  // Children's listings are addressed by this record's id plus the ids above it.
  const childPath: Record<string, string> = { ...parentPath };
  const idParam = recordIdParam(resource);
  if (id !== null && idParam !== null) childPath[idParam] = id;

  const heading = (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={6}>
          <RouterAnchor
            to="/r/$resource"
            params={{ resource: resource.key }}
            search={Object.keys(parentPath).length > 0 ? { path: parentPath } : {}}
            size="sm"
            data-testid="detail-back"
          >
            {resourceLabel(resource)}
          </RouterAnchor>
          {subtitle !== null && (
            <Text size="sm" c="dimmed" data-testid="detail-subtitle">
              › {subtitle}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <Title order={2} data-testid="detail-title">
            {title}
          </Title>
          {id !== null && !isSingleRecord(resource) && (
            <CopyButton value={id}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? "Copied" : "Copy ID"}>
                  <ActionIcon
                    data-testid="detail-copy-id"
                    variant="subtle"
                    color={copied ? "teal" : "gray"}
                    onClick={copy}
                    aria-label="Copy ID"
                  >
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          )}
          {resource.deprecated && <Badge color="orange">Older API version</Badge>}
        </Group>
      </Stack>
      {/* The title wraps to make room; the controls keep their size, so at 200 % zoom the
          Refresh button is not cut off. */}
      <Group wrap="nowrap" style={{ flexShrink: 0 }}>
        <RefreshControls
          live={live}
          autoRefresh={autoRefresh}
          onAutoRefreshChange={setAutoRefresh}
          refreshing={record.isFetching && !record.isPending}
          onRefresh={() => void record.refetch()}
          testId="detail-refresh"
        />
      </Group>
    </Group>
  );
  const actions = isRecord(data) ? (
    <Group gap="xs">
      <RecordActions
        resource={resource}
        record={data}
        path={path}
        onDeleted={() =>
          void navigate({
            to: "/r/$resource",
            params: { resource: resource.key },
            search: Object.keys(parentPath).length > 0 ? { path: parentPath } : {},
          })
        }
      />
      <NestedActions resource={resource} path={path} />
    </Group>
  ) : null;

  return (
    <Stack data-testid={`detail-${resource.key}`} gap="md">
      {isRecord(data) ? (
        <DetailSummary
          resource={resource}
          record={data}
          parentPath={parentPath}
          heading={heading}
          actions={actions}
        />
      ) : (
        heading
      )}

      <RelatedLinks resource={resource} childPath={childPath} ownId={id} />

      {rateLimit.waiting && <RateLimitWait wait={rateLimit} />}
      {rateLimit.stopped && data === undefined ? (
        <RateLimitStopped wait={rateLimit} />
      ) : record.isPending ? (
        <LoadingRows rows={6} />
      ) : record.isError ? (
        <LoadError
          testId="detail-error"
          error={record.error}
          onRetry={() => void record.refetch()}
        />
      ) : (
        <Tabs defaultValue="fields" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="fields" data-testid="detail-tab-fields">
              Fields
            </Tabs.Tab>
            <Tabs.Tab value="raw" data-testid="detail-tab-raw">
              Raw JSON
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="fields" pt="md">
            {isRecord(data) ? (
              <DetailFields resource={resource} record={data} childPath={childPath} />
            ) : (
              <Text size="sm">
                {data === null ? "The tenant sent no data for this record." : String(data)}
              </Text>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="raw" pt="md">
            <Code
              block
              data-testid="detail-raw-json"
              // It scrolls on its own: it takes focus so the keyboard can scroll it too.
              tabIndex={0}
              role="region"
              aria-label="Raw JSON of the record"
              style={{ maxHeight: "60vh", overflow: "auto" }}
            >
              {JSON.stringify(data === undefined ? data : maskSecrets(data), null, 2)}
            </Code>
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

/** The record's name, else "Charge point #12"; one record per parent goes by its resource. */
function titleOf(resource: CatalogResource, id: string | null, record: ApiRecord | null): string {
  const noun = singularLabel(resource);
  const capital = noun.charAt(0).toUpperCase() + noun.slice(1);
  if (isSingleRecord(resource) || id === null) return resourceLabel(resource);
  const name = record ? nameOf(record, resource) : null;
  return name !== null && name !== id ? name : `${capital} #${id}`;
}

/** "Charge point #12" beside the back link, where the title is a name. */
function subtitleOf(resource: CatalogResource, id: string | null, title: string): string | null {
  if (isSingleRecord(resource) || id === null) return null;
  const noun = singularLabel(resource);
  const own = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} #${id}`;
  return title === own ? null : own;
}
