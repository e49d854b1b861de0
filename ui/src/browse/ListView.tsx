// The one list screen: any listing of the catalog, with its filters, pagination, columns,
// export and states. Its whole state comes from (and goes to) the URL's search params; the
// records loaded past the URL's page ("Load more") live in the query cache only, and those
// "Load all" brought on the Rust side (useLoadedListing.ts). Each part of the screen is a
// component of its own; this one wires them to the listing.
import { Paper, Stack, Text } from "@mantine/core";
import type { SortingState } from "@tanstack/react-table";
import { useCallback, useMemo, useState } from "react";
import type { Value } from "../bindings";
import { CollectionChanges, editsFromRows } from "../actions";
import { useCanWrite } from "../api/access";
import { BulkBar, offersBulkChanges, recordName, selectionColumn, useRowSelection } from "../bulk";
import {
  findResource,
  hasDetail,
  resourceLabel,
  singularLabel,
  type CatalogResource,
} from "../catalog/catalogIndex";
import { availableColumns, defaultColumns } from "../catalog/columns";
import { isRecord, recordId } from "../catalog/records";
import type { RecordLink } from "../catalog/referenceLinks";
import { CreateRecordButton } from "../forms";
import { AUTO_REFRESH_MAX_PAGES, AUTO_REFRESH_SECONDS, LIVE_RESOURCES } from "../overlay/records";
import { ColumnChooser } from "./ColumnChooser";
import { ROW_EDIT_AND_ACTIONS_WIDTH } from "./recordColumns";
import { EmptyList } from "./EmptyList";
import { ExportButton } from "./ExportButton";
import { ListFilters } from "./ListFilters";
import { ListHeader } from "./ListHeader";
import { ListPagination } from "./ListPagination";
import { nextPageSearch, pageNumberOf, previousPageSearch } from "./listPaging";
import {
  fromFirstPage,
  listQuery,
  missingParentParams,
  pageSizeOf,
  pathValues,
  type ListSearch,
} from "./listSearch";
import { LoadMore } from "./LoadMore";
import { OlderVersionNotice } from "./OlderVersionNotice";
import { ParentTrail } from "./ParentTrail";
import { useColumnChoice, useColumnWidths } from "./preferences";
import { RecordTable } from "./RecordTable";
import { RefreshControls } from "./RefreshControls";
import { keepingWindowChoice, newestFirst, withRecentWindow } from "./recentWindow";
import { LoadError, LoadingRows, RateLimitStopped, RateLimitWait } from "./states";
import { keptFieldNames, useKeptCopies, useWholeKeptRecords } from "./keptCopies";
import { useLoadedListing } from "./useLoadedListing";
import { useWholeRecordActions } from "./useWholeRecordActions";
import { useRateLimitWait } from "./useRateLimitWait";
import { useCellLinks, useRowActions } from "./useListRows";
import { ViewControls, useRestoreOpenedView, viewStateOf, type ColumnLayout } from "../views";

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
  search: searchInUrl,
  onSearchChange: changeUrlSearch,
  onOpenRecord,
  onOpenLink,
}: ListViewProps) {
  // A plain visit to a time-based listing shows the recent window; every change starts from
  // what is shown, so the window stays until the operator removes its chip.
  const search = useMemo(() => withRecentWindow(resource, searchInUrl), [resource, searchInUrl]);
  const onSearchChange = useCallback(
    (next: ListSearch, options?: { replace?: boolean }) =>
      changeUrlSearch(keepingWindowChoice(resource, next), options),
    [resource, changeUrlSearch],
  );
  const label = resourceLabel(resource);
  const missingParents = missingParentParams(resource, search);
  const path = useMemo(() => pathValues(search.path), [search.path]);
  const query = useMemo(() => listQuery(resource, search), [resource, search]);
  const [autoRefresh, setAutoRefresh] = useState(false);
  const live = LIVE_RESOURCES.has(resource.key);

  const loaded = useLoadedListing(resource, path, query, {
    enabled: missingParents.length === 0,
    refetchInterval: live && autoRefresh ? AUTO_REFRESH_SECONDS * 1000 : false,
  });
  const { listing, queryKey, held, kept, pagesLoaded, loadMore, loadAll, refresh } = loaded;
  const lastPage = listing.data?.pages.at(-1);
  // Rows are selectable where the records can be deleted or acted on, never read-only.
  const canWrite = useCanWrite();
  const selectable = canWrite && missingParents.length === 0 && offersBulkChanges(resource);
  const selection = useRowSelection(`${resource.key} ${JSON.stringify(path)}`);
  const selectColumn = useMemo(
    () => (selectable ? selectionColumn(selection, (row) => recordName(resource, row)) : undefined),
    [selectable, selection, resource],
  );
  const pageRecords = useMemo(
    () => (listing.data?.pages[0]?.records ?? []).filter(isRecord),
    [listing.data],
  );
  const onDeleted = refresh;
  const rowActions = useWholeRecordActions(useRowActions(resource, path, onDeleted));
  const cellLinks = useCellLinks(resource, onOpenLink);
  const available = useMemo(() => availableColumns(resource, held), [resource, held]);
  const [choice, setChoice] = useColumnChoice(resource.key);
  const [widths, setWidths] = useColumnWidths(resource.key);
  // A saved view just opened brings its columns and widths.
  const restoreLayout = useCallback(
    (layout: ColumnLayout) => {
      setChoice(layout.columns);
      setWidths(layout.widths);
    },
    [setChoice, setWidths],
  );
  useRestoreOpenedView(resource.key, restoreLayout);
  const viewState = useMemo(
    () => viewStateOf(resource.key, search, { columns: choice, widths }),
    [resource.key, search, choice, widths],
  );
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
  // What Load all kept is sorted and selected by light copies (keptCopies.ts); the rows in
  // view are drawn from whole records.
  const initialSorting = useMemo(() => newestFirst(resource, chosenNames), [resource, chosenNames]);
  const [sortedColumns, setSortedColumns] = useState(() =>
    initialSorting.map((sort) => sort.id).join(" "),
  );
  const onSorted = useCallback(
    (sorting: SortingState) => setSortedColumns(sorting.map((sort) => sort.id).join(" ")),
    [],
  );
  const keptFields = useMemo(
    () =>
      keptFieldNames(
        resource,
        sortedColumns.split(" ").filter((id) => id !== ""),
      ),
    [resource, sortedColumns],
  );
  const wholeKept = useWholeKeptRecords();
  const { rows: copies, complete: copied } = useKeptCopies(
    kept,
    keptFields,
    resource.key,
    loadAll.running,
  );
  const records: readonly Value[] = useMemo(
    () => (copies.length === 0 ? held : [...held, ...copies]),
    [held, copies],
  );
  const loadedRecords = useMemo(() => records.filter(isRecord), [records]);
  const copying = kept !== null && !copied;

  const pageNumber = pageNumberOf(resource, search);
  const perPage = pageSizeOf(search);
  const total = listing.data?.pages[0]?.total ?? null;
  const hasNext = loaded.hasNext && !listing.isPlaceholderData;
  // A failed "Load more" keeps the loaded records on screen, with its error below them.
  const nextPageError = listing.isFetchNextPageError ? listing.error : null;
  const rateLimit = useRateLimitWait(listing, queryKey);
  const clearFilters = () => onSearchChange(fromFirstPage(search, { filter: undefined }));

  return (
    <Stack data-testid={`list-${resource.key}`} gap="sm">
      <ParentTrail resource={resource} search={search} />
      <ListHeader
        resource={resource}
        shown={
          listing.data ? { records: records.length, total, pageNumber, perPage, pagesLoaded } : null
        }
        tools={
          <>
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
              onRefresh={refresh}
              testId="list-refresh"
            />
            <ColumnChooser available={available} chosen={chosenNames} onChange={setChoice} />
            <ViewControls
              state={viewState}
              openViewId={search.view}
              onViewChange={(view) =>
                onSearchChange({ ...search, view: view?.id }, { replace: true })
              }
            />
            {missingParents.length === 0 && (
              <>
                <CollectionChanges resource={resource} path={path} />
                <CreateRecordButton resource={resource} parentIds={path} />
              </>
            )}
            <ExportButton
              resource={resource}
              search={search}
              disabled={missingParents.length > 0}
            />
          </>
        }
      />

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
          <ListFilters resource={resource} search={search} onSearchChange={onSearchChange} />
          {rateLimit.waiting && <RateLimitWait wait={rateLimit} />}
          {rateLimit.stopped && !listing.data ? (
            <RateLimitStopped wait={rateLimit} />
          ) : listing.isPending ? (
            <LoadingRows />
          ) : listing.isError && !listing.data ? (
            <LoadError
              testId="list-error"
              error={listing.error}
              onRetry={() => void listing.refetch()}
            />
          ) : records.length === 0 ? (
            <EmptyList resource={resource} search={search} onClear={clearFilters} />
          ) : (
            <>
              {listing.isError && nextPageError === null && (
                <LoadError
                  testId="list-error"
                  error={listing.error}
                  onRetry={() => void listing.refetch()}
                />
              )}
              {selectable && (
                <BulkBar
                  resource={resource}
                  parents={path}
                  selection={selection}
                  pageRecords={pageRecords}
                  loadedRecords={loadedRecords}
                />
              )}
              <RecordTable
                label={resourceLabel(resource)}
                leadingColumn={selectColumn}
                records={records}
                columns={shownColumns}
                columnSizing={widths}
                onColumnSizingChange={setWidths}
                rowActions={rowActions}
                // Records edited from their row have Edit beside the actions menu.
                rowActionsWidth={editsFromRows(resource) ? ROW_EDIT_AND_ACTIONS_WIDTH : undefined}
                cellLinks={cellLinks}
                initialSorting={initialSorting}
                onSorted={onSorted}
                wholeRecord={kept === null ? undefined : wholeKept.whole}
                onRowsInView={kept === null ? undefined : wholeKept.request}
                onOpen={
                  hasDetail(resource)
                    ? (record) => {
                        const id = isRecord(record) ? recordId(record) : null;
                        if (id !== null) onOpenRecord(id);
                      }
                    : undefined
                }
              />
            </>
          )}
          {resource.pagination !== "none" && (
            <ListPagination
              resource={resource}
              pageNumber={pageNumber}
              pagesLoaded={pagesLoaded}
              perPage={perPage}
              total={total}
              hasPrev={pageNumber > 1}
              hasNext={hasNext}
              onPrev={() => onSearchChange(previousPageSearch(resource, search))}
              onNext={() => {
                const next = nextPageSearch(
                  search,
                  lastPage?.next,
                  listing.data?.pageParams.slice(1) ?? [],
                );
                if (next !== null) onSearchChange(next);
              }}
              onPageSize={(size) => onSearchChange(fromFirstPage(search, { perPage: size }))}
              loadMore={
                (pagesLoaded > 1 || hasNext) && (
                  <LoadMore
                    // What Load all has brought so far; the table catches up in batches.
                    loaded={held.length + (kept?.count ?? 0)}
                    total={total}
                    perPage={perPage}
                    hasMore={hasNext}
                    loadingMore={loaded.loadingMore}
                    // Until the table has every kept record, Load all is still bringing them.
                    loadingAll={loadAll.running || copying}
                    error={loadAll.running ? null : (loadAll.error ?? nextPageError)}
                    stoppedAtLimit={loadAll.limitReached ? loadAll.limit : null}
                    onLoadMore={loadMore}
                    onLoadAll={loadAll.start}
                    onStop={loadAll.stop}
                  />
                )
              }
              pagesShown={pagesLoaded === 1 && !loadAll.running}
            />
          )}
        </>
      )}
    </Stack>
  );
}
