// The one list screen: any listing of the catalog, with its filters, pagination, columns,
// export and states. Its whole state comes from (and goes to) the URL's search params; the
// records loaded past the URL's page ("Load more") live in the query cache only.
import { Breadcrumbs, Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconFilter } from "@tabler/icons-react";
import { RouterAnchor } from "./RouterAnchor";
import { useMemo, useState } from "react";
import { AUTO_REFRESH_MAX_PAGES, AUTO_REFRESH_SECONDS, LIVE_RESOURCES } from "../overlay/records";
import { CollectionChanges, CreateRecordButton, RecordActions, editsFromRows } from "../actions";
import { isRecord, type ApiRecord } from "./api";
import {
  findResource,
  hasDetail,
  parentParams,
  pathValue,
  recordIdParam,
  resourceLabel,
  singularLabel,
  type CatalogResource,
} from "./catalogIndex";
import { ColumnChooser } from "./ColumnChooser";
import { availableColumns, defaultColumns } from "./columns";
import { ExportButton } from "./ExportButton";
import { FilterBar } from "./FilterBar";
import { FilterChips } from "./FilterChips";
import { describeFilter } from "./filters";
import {
  PAGE_SIZES,
  activeFilterCount,
  listQuery,
  pageSizeOf,
  pathValues,
  withFilter,
  type ListSearch,
} from "./listSearch";
import { useColumnChoice } from "./preferences";
import { RecordTable, type CellLinks } from "./RecordTable";
import { referenceLinks, type RecordLink } from "./referenceLinks";
import { RefreshControls } from "./RefreshControls";
import { recordId } from "./records";
import { rateLimitWaitSeconds } from "./retry";
import { LoadError, LoadingRows, RateLimitWait } from "./states";
import { LoadMore } from "./LoadMore";
import { OlderVersionNotice } from "./OlderVersionNotice";
import { useLoadedListing } from "./useLoadedListing";

/** Listings with more filters than this open with the filter bar folded. */
const FOLDED_FILTER_COUNT = 8;

interface ListViewProps {
  resource: CatalogResource;
  search: ListSearch;
  onSearchChange: (search: ListSearch, options?: { replace?: boolean }) => void;
  onOpenRecord: (id: string) => void;
  /** Opens the record a reference cell names (a session's charge point). */
  onOpenLink: (link: RecordLink) => void;
}

export function ListView({
  resource,
  search,
  onSearchChange,
  onOpenRecord,
  onOpenLink,
}: ListViewProps) {
  const label = resourceLabel(resource);
  const missingParents = parentParams(resource).filter((name) => search.path?.[name] === undefined);
  const path = useMemo(() => pathValues(search.path), [search.path]);
  const query = useMemo(() => listQuery(resource, search), [resource, search]);
  const [autoRefresh, setAutoRefresh] = useState(false);
  // Long filter bars start folded so the records stay in view; active filters show as chips.
  const [filtersOpen, setFiltersOpen] = useState(resource.filters.length <= FOLDED_FILTER_COUNT);
  const filterable = resource.filters.length > 0 || resource.includes.length > 0;
  const live = LIVE_RESOURCES.has(resource.key);

  const { listing, records, pagesLoaded, loadMore, loadAll } = useLoadedListing(
    resource,
    path,
    query,
    {
      enabled: missingParents.length === 0,
      refetchInterval: live && autoRefresh ? AUTO_REFRESH_SECONDS * 1000 : false,
    },
  );
  const lastPage = listing.data?.pages.at(-1);
  // Delete and the actions menu on each row, where the resource has them.
  const refetch = listing.refetch;
  const rowActions = useMemo(() => {
    if (
      resource.operations.delete === null &&
      resource.actions.length === 0 &&
      !editsFromRows(resource)
    )
      return undefined;
    const idParam = recordIdParam(resource);
    return (record: ApiRecord) => {
      const id = recordId(record);
      return (
        <RecordActions
          compact
          resource={resource}
          record={record}
          path={id === null ? path : { ...path, [idParam]: pathValue(id) }}
          onDeleted={() => void refetch()}
        />
      );
    };
  }, [resource, path, refetch]);
  // A reference cell holding one id opens that record; lists of ids stay summarised.
  const cellLinks = useMemo<CellLinks>(() => {
    const byField = new Map(
      resource.references
        .filter((reference) => !reference.many)
        .map((reference) => [reference.field, reference]),
    );
    return {
      of: (column, record) => {
        const reference = byField.get(column);
        if (reference === undefined) return null;
        const links = referenceLinks(reference, record[column], record);
        return links?.length === 1 ? (links[0] ?? null) : null;
      },
      open: onOpenLink,
    };
  }, [resource, onOpenLink]);
  const available = useMemo(() => availableColumns(resource, records), [resource, records]);
  const [choice, setChoice] = useColumnChoice(resource.key);
  const chosenNames = useMemo(
    () => choice ?? defaultColumns(resource, available),
    [choice, resource, available],
  );
  const shownColumns = useMemo(
    () =>
      chosenNames
        .map((name) => available.find((column) => column.name === name))
        .filter((column) => column !== undefined),
    [available, chosenNames],
  );

  const setFilter = (name: string, value: Parameters<typeof withFilter>[2]) =>
    onSearchChange(withFilter(search, name, value));
  const cursors = search.cursors ?? [];
  const pageNumber = resource.pagination === "cursor" ? cursors.length + 1 : (search.page ?? 1);
  const perPage = pageSizeOf(search);
  const total = listing.data?.pages[0]?.total ?? null;
  const hasNext = lastPage?.next != null && !listing.isPlaceholderData;
  const hasPrev = pageNumber > 1;
  // A failed "Load more" keeps the loaded records on screen, with its error below them.
  const nextPageError = listing.isFetchNextPageError ? listing.error : null;

  // Next goes past the last loaded page; the cursors of the loaded pages join the trail, so
  // Previous steps back through them one page at a time.
  const goNext = () => {
    const next = lastPage?.next;
    if (!next) return;
    if ("cursor" in next && next.cursor !== undefined) {
      const loadedCursors = (listing.data?.pageParams.slice(1) ?? []).flatMap((param) =>
        param !== null && "cursor" in param && param.cursor !== undefined ? [param.cursor] : [],
      );
      onSearchChange({ ...search, cursors: [...cursors, ...loadedCursors, next.cursor] });
    } else if ("page" in next && next.page !== undefined)
      onSearchChange({ ...search, page: next.page });
  };
  const goPrev = () => {
    if (resource.pagination === "cursor")
      onSearchChange({ ...search, cursors: cursors.slice(0, -1) });
    else onSearchChange({ ...search, page: pageNumber - 1 > 1 ? pageNumber - 1 : undefined });
  };

  const waitSeconds = rateLimitWaitSeconds(listing.failureReason);

  return (
    <Stack data-testid={`list-${resource.key}`} gap="sm">
      <ParentTrail resource={resource} search={search} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={0}>
          <Title order={2}>{label}</Title>
          <Text size="sm" c="dimmed" data-testid="list-summary" data-total={total ?? undefined}>
            {listing.data
              ? summary(records.length, total, pageNumber, perPage, pagesLoaded, resource)
              : " "}
          </Text>
        </Stack>
        <Group gap="xs">
          <RefreshControls
            live={live}
            autoRefresh={autoRefresh}
            autoRefreshPaused={
              pagesLoaded > AUTO_REFRESH_MAX_PAGES
                ? `Paused while more than ${AUTO_REFRESH_MAX_PAGES} pages are loaded`
                : undefined
            }
            onAutoRefreshChange={setAutoRefresh}
            refreshing={listing.isFetching && !listing.isLoading}
            onRefresh={() => void listing.refetch()}
            testId="list-refresh"
          />
          <ColumnChooser available={available} chosen={chosenNames} onChange={setChoice} />
          {missingParents.length === 0 && (
            <>
              <CollectionChanges resource={resource} path={path} />
              <CreateRecordButton resource={resource} parentIds={path} />
            </>
          )}
          <ExportButton resource={resource} search={search} disabled={missingParents.length > 0} />
        </Group>
      </Group>

      <OlderVersionNotice resource={resource} />

      {missingParents.length > 0 ? (
        <Paper withBorder p="md" data-testid="list-needs-parent">
          <Text size="sm">
            {label} belong to a{" "}
            {resource.parent
              ? singularLabel(findResource(resource.parent.key) ?? resource)
              : "parent record"}
            . Open them from its page.
          </Text>
        </Paper>
      ) : (
        <>
          {filterable && (
            <Button
              data-testid="filter-toggle"
              size="compact-sm"
              variant="subtle"
              leftSection={<IconFilter size={16} />}
              aria-expanded={filtersOpen}
              onClick={() => setFiltersOpen((open) => !open)}
              style={{ alignSelf: "flex-start" }}
            >
              {filtersOpen ? "Hide filters" : "Filters"}
              {activeFilterCount(search) > 0 ? ` (${activeFilterCount(search)} active)` : ""}
            </Button>
          )}
          {filtersOpen && (
            <FilterBar
              resource={resource}
              search={search}
              onFilterChange={setFilter}
              onIncludeChange={(include) =>
                onSearchChange({
                  ...search,
                  include: include.length > 0 ? include : undefined,
                  cursors: undefined,
                  page: undefined,
                })
              }
            />
          )}
          <FilterChips
            resource={resource}
            search={search}
            onRemove={(name) => setFilter(name, undefined)}
            onClear={() =>
              onSearchChange({ ...search, filter: undefined, cursors: undefined, page: undefined })
            }
          />
          {waitSeconds !== undefined && listing.isFetching && (
            <RateLimitWait seconds={waitSeconds} />
          )}
          {listing.isPending ? (
            <LoadingRows />
          ) : listing.isError && !listing.data ? (
            <LoadError
              testId="list-error"
              error={listing.error}
              onRetry={() => void listing.refetch()}
            />
          ) : records.length === 0 ? (
            <EmptyList
              resource={resource}
              search={search}
              onClear={() =>
                onSearchChange({
                  ...search,
                  filter: undefined,
                  cursors: undefined,
                  page: undefined,
                })
              }
            />
          ) : (
            <>
              {listing.isError && nextPageError === null && (
                <LoadError
                  testId="list-error"
                  error={listing.error}
                  onRetry={() => void listing.refetch()}
                />
              )}
              <RecordTable
                records={records}
                columns={shownColumns}
                rowActions={rowActions}
                cellLinks={cellLinks}
                onOpen={
                  hasDetail(resource)
                    ? (record) => {
                        const id = isRecord(record) ? recordId(record) : null;
                        if (id !== null) onOpenRecord(id);
                      }
                    : undefined
                }
              />
              {(pagesLoaded > 1 || hasNext) && (
                <LoadMore
                  loaded={records.length}
                  total={total}
                  perPage={perPage}
                  hasMore={hasNext}
                  loadingMore={listing.isFetchingNextPage}
                  loadingAll={loadAll.running}
                  error={loadAll.running ? null : nextPageError}
                  stoppedAtLimit={loadAll.limitReached ? loadAll.limit : null}
                  onLoadMore={loadMore}
                  onLoadAll={loadAll.start}
                  onStop={loadAll.stop}
                />
              )}
            </>
          )}
          {resource.pagination !== "none" && (
            <Group justify="space-between">
              <Group gap="xs">
                <Button
                  data-testid="page-prev"
                  size="xs"
                  variant="default"
                  leftSection={<IconChevronLeft size={16} />}
                  disabled={!hasPrev}
                  onClick={goPrev}
                >
                  Previous
                </Button>
                <Text size="sm" data-testid="page-number">
                  {pagesLoaded > 1
                    ? `Pages ${pageNumber}–${pageNumber + pagesLoaded - 1}`
                    : `Page ${pageNumber}`}
                  {total !== null && resource.pagination === "page"
                    ? ` of ${Math.max(1, Math.ceil(total / perPage))}`
                    : ""}
                </Text>
                <Button
                  data-testid="page-next"
                  size="xs"
                  variant="default"
                  rightSection={<IconChevronRight size={16} />}
                  disabled={!hasNext}
                  onClick={goNext}
                >
                  Next
                </Button>
              </Group>
              <Select
                data-testid="page-size"
                size="xs"
                w={150}
                aria-label="Records per page"
                data={PAGE_SIZES.map((size) => ({
                  value: String(size),
                  label: `${size} per page`,
                }))}
                value={String(perPage)}
                allowDeselect={false}
                onChange={(value) =>
                  value &&
                  onSearchChange({
                    ...search,
                    perPage: Number(value),
                    cursors: undefined,
                    page: undefined,
                  })
                }
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function summary(
  shown: number,
  total: number | null,
  page: number,
  perPage: number,
  pagesLoaded: number,
  resource: CatalogResource,
): string {
  const noun = shown === 1 ? singularLabel(resource) : resourceLabel(resource).toLowerCase();
  if (total !== null) {
    const first = (page - 1) * perPage + 1;
    return shown === 0 ? `None of ${total}` : `${first}–${first + shown - 1} of ${total}`;
  }
  const where = pagesLoaded > 1 ? `loaded from ${pagesLoaded} pages` : "on this page";
  return `${shown} ${/^[A-Z]{2}/.test(noun) ? noun : noun.toLowerCase()} ${where}`;
}

function EmptyList({
  resource,
  search,
  onClear,
}: {
  resource: CatalogResource;
  search: ListSearch;
  onClear: () => void;
}) {
  const active = Object.entries(search.filter ?? {});
  const label = resourceLabel(resource).toLowerCase();
  return (
    <Paper withBorder p="lg" data-testid="list-empty">
      <Stack gap="xs" align="flex-start">
        {active.length > 0 ? (
          <>
            <Text size="sm">
              No {label} match these filters:{" "}
              {active.map(([name, value]) => describeFilter(resource, name, value)).join("; ")}.
            </Text>
            <Button size="xs" variant="default" onClick={onClear}>
              Clear filters
            </Button>
          </>
        ) : (
          <Text size="sm">There are no {label} here yet.</Text>
        )}
      </Stack>
    </Paper>
  );
}

/** For nested listings: the way back to the parent record ("Charge point 12 › EVSEs"). */
function ParentTrail({ resource, search }: { resource: CatalogResource; search: ListSearch }) {
  const parent = resource.parent ? findResource(resource.parent.key) : undefined;
  if (!parent || !resource.parent) return null;
  const parentId = search.path?.[resource.parent.pathParam];
  if (parentId === undefined) return null;
  const outer = parentParams(parent);
  const parentPath = Object.fromEntries(
    Object.entries(search.path ?? {}).filter(([name]) => outer.includes(name)),
  );
  const own = recordIdParam(parent) === resource.parent.pathParam && hasDetail(parent);
  const name = `${singularLabel(parent).replace(/^./, (c) => c.toUpperCase())} ${parentId}`;
  return (
    <Breadcrumbs data-testid="parent-trail">
      {own ? (
        <RouterAnchor
          to="/r/$resource/$id"
          params={{ resource: parent.key, id: parentId }}
          search={{ path: Object.keys(parentPath).length > 0 ? parentPath : undefined }}
          size="sm"
          data-testid="parent-link"
        >
          {name}
        </RouterAnchor>
      ) : (
        <Text size="sm">{name}</Text>
      )}
      <Text size="sm">{resourceLabel(resource)}</Text>
    </Breadcrumbs>
  );
}
