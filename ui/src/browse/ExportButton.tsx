import { Button, Group, Menu, Paper, Progress, Stack, Text, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { openExportFile, showExportFolder } from "../api/files";
import { IconCheck, IconDownload } from "@tabler/icons-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { returnFocusTo } from "../components/focusReturn";
import { commands } from "../bindings";
import { AppCommandError } from "../api/bridge";
import { presentError } from "../api/errors";
import { type CatalogResource, listOperationOf, recordsNoun } from "../catalog/catalogIndex";
import { nameColumnsOf } from "../catalog/names";
import { exportListing, type ExportFormat, type ExportProgress } from "./exportListing";
import { listQuery, pathValues, type ListSearch } from "./listSearch";

interface ExportButtonProps {
  resource: CatalogResource;
  search: ListSearch;
  disabled?: boolean;
}

/** Exports every page of the current listing, with its filters, and shows the progress. */
export function ExportButton({ resource, search, disabled }: ExportButtonProps) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [finished, setFinished] = useState<{ written: number; path: string } | null>(null);
  const running = useRef<string | null>(null);
  const nameColumns = useMemo(() => nameColumnsOf(resource), [resource]);
  const [withNames, setWithNames] = useState(false);
  // The Export button gives way to the progress while the export runs: focus goes to its
  // Cancel meanwhile, and back to Export when it is done (or cancelled, or failed).
  const exportButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const exporting = progress !== null;
  const wasExporting = useRef(false);
  useEffect(() => {
    if (exporting === wasExporting.current) return;
    wasExporting.current = exporting;
    // Whichever of the two is on screen when focus is given: an export that ends within a few
    // milliseconds of starting has already put Export back in place of Cancel.
    returnFocusTo(() => cancelButton.current ?? exportButton.current);
  }, [exporting]);

  const start = async (format: ExportFormat) => {
    const operation = listOperationOf(resource);
    if (operation === null || running.current !== null) return;
    const requestId = crypto.randomUUID();
    running.current = requestId;
    setProgress({ written: 0, total: null });
    setFinished(null);
    try {
      const result = await exportListing({
        operation,
        path: pathValues(search.path),
        query: listQuery(resource, search, true),
        format,
        name: resource.key,
        nameColumns: withNames ? nameColumns : [],
        requestId,
        onProgress: setProgress,
      });
      setFinished({ written: result.records, path: result.path });
      notifications.show({
        color: "green",
        title: "Export finished",
        // Long enough to reach for its buttons.
        autoClose: 15_000,
        message: (
          <ExportFinished
            text={`${result.records} ${recordsNoun(resource, result.records)} saved to ${result.path}.`}
            path={result.path}
          />
        ),
      });
    } catch (error) {
      if (error instanceof AppCommandError && error.appError.kind === "cancelled") {
        notifications.show({ title: "Export cancelled", message: "No file was saved." });
      } else {
        const presented = presentError(error);
        notifications.show({
          color: "red",
          title: `Export stopped: ${presented.title}`,
          message: presented.action,
        });
      }
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  // One status region that stays in place while the controls change around it, so screen
  // readers hear the export start, pass each tenth of the way, and finish.
  const status = (
    <VisuallyHidden role="status" data-testid="export-status">
      {exportAnnouncement(progress, finished)}
    </VisuallyHidden>
  );

  if (progress !== null) {
    const percent = progress.total ? Math.min(100, (progress.written / progress.total) * 100) : 100;
    return (
      <>
        {status}
        <Paper
          withBorder
          p={6}
          data-testid="export-progress"
          data-written={progress.written}
          miw={240}
        >
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text size="xs">
                {progress.written} {progress.total ? `of ${progress.total} ` : ""}records written
              </Text>
              <Button
                ref={cancelButton}
                data-testid="export-cancel"
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => {
                  if (running.current !== null) void commands.cancelRequest(running.current);
                }}
              >
                Cancel
              </Button>
            </Group>
            <Progress
              value={percent}
              size="sm"
              animated={!progress.total}
              striped={!progress.total}
              aria-label="Export progress"
            />
          </Stack>
        </Paper>
      </>
    );
  }

  return (
    <>
      {status}
      <Group gap="xs">
        {finished !== null && (
          <Text
            size="xs"
            c="dimmed"
            data-testid="export-summary"
            data-written={finished.written}
            data-path={finished.path}
            title={finished.path}
          >
            Exported {finished.written} to Downloads
          </Text>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              ref={exportButton}
              data-testid="export-button"
              size="xs"
              variant="default"
              leftSection={<IconDownload size={16} />}
              disabled={disabled}
            >
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Every page, with the filters shown, into Downloads</Menu.Label>
            <Menu.Item data-testid="export-csv" onClick={() => void start("csv")}>
              CSV (spreadsheets)
            </Menu.Item>
            <Menu.Item data-testid="export-jsonl" onClick={() => void start("jsonLines")}>
              JSON Lines (one record per line)
            </Menu.Item>
            {nameColumns.length > 0 && (
              <>
                <Menu.Divider />
                <Menu.Item
                  data-testid="export-with-names"
                  role="menuitemcheckbox"
                  aria-checked={withNames}
                  closeMenuOnClick={false}
                  leftSection={<IconCheck size={14} opacity={withNames ? 1 : 0} />}
                  onClick={() => setWithNames((on) => !on)}
                >
                  With names (a column beside each reference)
                </Menu.Item>
              </>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </>
  );
}

/** What the status region says: the export's progress in tenths, or how it ended. */
function exportAnnouncement(
  progress: ExportProgress | null,
  finished: { written: number } | null,
): string {
  if (progress !== null) {
    if (!progress.total) return "Exporting…";
    const tenths = Math.floor((Math.min(progress.written, progress.total) / progress.total) * 10);
    return `Exporting: ${tenths * 10}% written`;
  }
  return finished !== null ? `Export finished: ${finished.written} records saved to Downloads` : "";
}

/** The finished export's toast: where the file is, and buttons to open it or its folder. */
function ExportFinished({ text, path }: { text: string; path: string }) {
  const attempt = (open: (path: string) => Promise<void>, what: string) => () =>
    void open(path).catch(() =>
      notifications.show({
        color: "red",
        title: `Could not open the ${what}`,
        message: (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            Open it from your file manager: {path}
          </Text>
        ),
      }),
    );
  return (
    <Stack gap={6}>
      {/* A path has no spaces to wrap at: it may break anywhere rather than run out of sight. */}
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {text}
      </Text>
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="light"
          onClick={attempt(openExportFile, "file")}
          data-testid="export-open-file"
        >
          Open file
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={attempt(showExportFolder, "folder")}
          data-testid="export-show-folder"
        >
          Show in folder
        </Button>
      </Group>
    </Stack>
  );
}
