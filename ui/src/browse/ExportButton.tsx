import { Button, Group, Menu, Paper, Progress, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDownload } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { presentError } from "../api/errors";
import { fetchPage } from "./api";
import type { CatalogResource } from "./catalogIndex";
import { resourceLabel } from "./catalogIndex";
import {
  ExportCancelled,
  exportFileName,
  exportListing,
  saveBlob,
  type ExportFormat,
  type ExportProgress,
} from "./exportListing";
import { listQuery, pathValues, type ListSearch } from "./listSearch";

interface ExportButtonProps {
  resource: CatalogResource;
  search: ListSearch;
  disabled?: boolean;
}

/** Exports every page of the current listing, with its filters, and shows the progress. */
export function ExportButton({ resource, search, disabled }: ExportButtonProps) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [finished, setFinished] = useState<{ written: number; fileName: string } | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = async (format: ExportFormat) => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ written: 0, total: null });
    setFinished(null);
    const path = pathValues(search.path);
    try {
      const result = await exportListing({
        format,
        firstQuery: listQuery(resource, search, true),
        fetchPage: (query, signal) => fetchPage(resource, path, query, signal),
        onProgress: setProgress,
        signal: abort.signal,
        columns: resource.columns.map((column) => column.name),
      });
      const fileName = exportFileName(resource.key, format);
      saveBlob(result.blob, fileName);
      setFinished({ written: result.written, fileName });
      notifications.show({
        color: "green",
        title: "Export finished",
        message: `${result.written} ${resourceLabel(resource).toLowerCase()} written to ${fileName}.`,
      });
    } catch (error) {
      if (error instanceof ExportCancelled || abort.signal.aborted) {
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
      controller.current = null;
      setProgress(null);
    }
  };

  if (progress !== null) {
    const percent = progress.total ? Math.min(100, (progress.written / progress.total) * 100) : 100;
    return (
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
              data-testid="export-cancel"
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => controller.current?.abort()}
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
    );
  }

  return (
    <Group gap="xs">
      {finished !== null && (
        <Text
          size="xs"
          c="dimmed"
          data-testid="export-summary"
          data-written={finished.written}
          title={finished.fileName}
        >
          Exported {finished.written}
        </Text>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
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
          <Menu.Label>Every page, with the filters shown</Menu.Label>
          <Menu.Item data-testid="export-csv" onClick={() => void start("csv")}>
            CSV (spreadsheets)
          </Menu.Item>
          <Menu.Item data-testid="export-jsonl" onClick={() => void start("jsonl")}>
            JSON Lines (one record per line)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
