// The one detail screen: any record of the catalog, its fields grouped and formatted, nested
// arrays as tables, references (nested ones too) and child rows as links, its children, its
// actions, and the raw JSON.
import {
  ActionIcon,
  Badge,
  Code,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { RouterButton } from "../components/links";
import { RouterAnchor } from "../components/RouterAnchor";
import { useMemo, useState } from "react";
import type { Value } from "../bindings";
import type { CatalogReference } from "../generated/catalog";
import { RecordActions } from "../actions";
import { AUTO_REFRESH_SECONDS, LIVE_RESOURCES } from "../overlay/records";
import type { PathValues } from "../catalog/paths";
import { nameOf } from "../catalog/names";
import { isRecord, type ApiRecord } from "../catalog/records";
import { RefreshControls } from "./RefreshControls";
import {
  childrenOf,
  isSingleRecord,
  parentParams,
  pathValue,
  recordIdParam,
  resourceLabel,
  singularLabel,
  type CatalogResource,
} from "../catalog/catalogIndex";
import { fieldLabel } from "../format/labels";
import { formatterFor, type FieldShape } from "../format/format";
import { FormattedValue, RecordLinks } from "./FormattedValue";
import { NestedValue } from "./NestedValue";
import { nestedPlace, referenceLinks } from "../catalog/referenceLinks";
import { recordQueryOptions } from "./queries";
import { LoadError, LoadingRows, RateLimitStopped, RateLimitWait } from "./states";
import { useRateLimitWait } from "./useRateLimitWait";
import { maskSecrets } from "../format/secrets";

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
  const rateLimit = useRateLimitWait(record, recordOptions.queryKey);
  // Children's listings are addressed by this record's id plus the ids above it.
  const childPath: Record<string, string> = { ...parentPath };
  const idParam = recordIdParam(resource);
  if (id !== null && idParam !== null) childPath[idParam] = id;

  return (
    <Stack data-testid={`detail-${resource.key}`} gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <RouterAnchor
            to="/r/$resource"
            params={{ resource: resource.key }}
            search={Object.keys(parentPath).length > 0 ? { path: parentPath } : {}}
            size="sm"
            data-testid="detail-back"
          >
            {resourceLabel(resource)}
          </RouterAnchor>
          <Group gap="xs">
            <Title order={2}>{title}</Title>
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
        <Group gap="xs">
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

      {isRecord(data) && (
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
      )}

      <ChildLinks resource={resource} childPath={childPath} />

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
              <RecordFields resource={resource} record={data} childPath={childPath} />
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

function titleOf(resource: CatalogResource, id: string | null, record: ApiRecord | null): string {
  const noun = singularLabel(resource);
  const capital = noun.charAt(0).toUpperCase() + noun.slice(1);
  if (isSingleRecord(resource) || id === null) return resourceLabel(resource);
  const name = record ? nameOf(record, resource) : null;
  return name !== null && name !== id ? `${capital} ${id} · ${name}` : `${capital} ${id}`;
}

/** The record's fields: simple values in a grid, then each nested object and array. */
function RecordFields({
  resource,
  record,
  childPath,
}: {
  resource: CatalogResource;
  record: ApiRecord;
  /** The record's own address: its parents' ids and its id, by path parameter. */
  childPath: Record<string, string>;
}) {
  const columns = new Map(resource.columns.map((column) => [column.name, column]));
  const references = new Map(resource.references.map((reference) => [reference.field, reference]));
  const entries = Object.entries(record);
  const simple = entries.filter(
    ([, value]) =>
      value === null ||
      typeof value !== "object" ||
      (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null)),
  );
  const nested = entries.filter(([name]) => !simple.some(([candidate]) => candidate === name));

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {simple.map(([name, value]) => (
          <Stack key={name} gap={0} data-testid={`detail-field-${name}`}>
            <Text size="xs" c="dimmed">
              {fieldLabel(name)}
            </Text>
            <FieldValue
              field={columns.get(name) ?? { name }}
              value={value}
              record={record}
              reference={references.get(name)}
            />
          </Stack>
        ))}
      </SimpleGrid>
      {nested.map(([name, value]) => (
        <Paper key={name} withBorder p="sm" data-testid={`detail-field-${name}`}>
          <Title order={3} size="h5" mb="xs">
            {fieldLabel(name)}
          </Title>
          <NestedValue
            value={value}
            place={nestedPlace(resource, childPath, name)}
            label={fieldLabel(name)}
          />
        </Paper>
      ))}
    </Stack>
  );
}

function FieldValue({
  field,
  value,
  record,
  reference,
}: {
  field: FieldShape;
  value: Value;
  record: ApiRecord;
  reference: CatalogReference | undefined;
}) {
  const links = reference ? referenceLinks(reference, value, record) : null;
  if (links !== null && links.length > 0) {
    return <RecordLinks links={links} testId={`reference-${field.name}`} />;
  }
  return <FormattedValue value={formatterFor(field)(value, record)} />;
}

/** Links to the record's children: EVSEs of a charge point, connectors of an EVSE… */
function ChildLinks({
  resource,
  childPath,
}: {
  resource: CatalogResource;
  childPath: Record<string, string>;
}) {
  const children = childrenOf(resource.key);
  if (children.length === 0) return null;
  return (
    <Group gap="xs" data-testid="detail-children">
      <Text size="sm" c="dimmed">
        Related:
      </Text>
      {children.map((child) => {
        const needed = parentParams(child);
        if (!needed.every((name) => childPath[name] !== undefined)) return null;
        const path = Object.fromEntries(needed.map((name) => [name, childPath[name] ?? ""]));
        return isSingleRecord(child) ? (
          <RouterButton
            key={child.key}
            to="/r/$resource/$id"
            params={{ resource: child.key, id: "record" }}
            search={{ path }}
            size="xs"
            variant="light"
            data-testid={`detail-child-${child.key}`}
          >
            {resourceLabel(child)}
          </RouterButton>
        ) : (
          <RouterButton
            key={child.key}
            to="/r/$resource"
            params={{ resource: child.key }}
            search={{ path }}
            size="xs"
            variant="light"
            data-testid={`detail-child-${child.key}`}
          >
            {resourceLabel(child)}
          </RouterButton>
        );
      })}
    </Group>
  );
}
