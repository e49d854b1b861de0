// The app's one search (Ctrl/Cmd+K): any resource, a saved view, a record by id
// ("charge point 12"), or an action.
import { Button, Kbd } from "@mantine/core";
import { Spotlight, spotlight, type SpotlightActionData } from "@mantine/spotlight";
import { IconSearch } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useMemo, useRef, useState } from "react";
import { returnFocusTo } from "../components/focusReturn";
import { actionPaletteEntries } from "../actions";
import { useCanWrite } from "../api/access";
import { useViewPaletteEntries } from "../views";
import { singularLabel } from "../catalog/catalogIndex";
import { navEntries } from "./navModel";
import { parseRecordQuery } from "./paletteModel";
import { useShowOlderVersions } from "./preferences";

export function CommandPalette() {
  const navigate = useNavigate();
  const [showOlder] = useShowOlderVersions();
  const [query, setQuery] = useState("");
  // What had focus when the palette opened (its button, or wherever Ctrl+K was pressed): focus
  // goes back there when it closes, or to the page when a choice took that away.
  const opener = useRef<Element | null>(null);

  const resourceActions = useMemo<SpotlightActionData[]>(
    () =>
      navEntries(showOlder).map((entry) => ({
        id: `resource:${entry.resource.key}`,
        label: entry.label,
        description: entry.resource.deprecated
          ? `Older API version ${entry.resource.apiVersion}`
          : undefined,
        keywords: [entry.resource.key, singularLabel(entry.resource)],
        onClick: () =>
          void (entry.single
            ? navigate({
                to: "/r/$resource/$id",
                params: { resource: entry.resource.key, id: "record" },
                search: {},
              })
            : navigate({
                to: "/r/$resource",
                params: { resource: entry.resource.key },
                search: {},
              })),
      })),
    [navigate, showOlder],
  );

  const recordActions: SpotlightActionData[] = parseRecordQuery(query, showOlder).map(
    ({ resource, id }) => ({
      id: `record:${resource.key}:${id}`,
      label: `Open ${singularLabel(resource)} ${id}`,
      description: "Go to this record",
      // Always shown for its query: Spotlight's own filter would hide it behind the id.
      keywords: [query],
      onClick: () =>
        void navigate({
          to: "/r/$resource/$id",
          params: { resource: resource.key, id },
          search: {},
        }),
    }),
  );

  // Actions run changes: offered only where the profile may write.
  const canWrite = useCanWrite();
  const actionActions = useMemo<SpotlightActionData[]>(
    () =>
      canWrite
        ? actionPaletteEntries().map((entry) => ({
            id: entry.id,
            label: entry.label,
            description: entry.group,
            onClick: entry.open,
          }))
        : [],
    [canWrite],
  );

  const viewActions = useViewPaletteEntries();

  return (
    <>
      <Button
        data-testid="command-palette-open"
        variant="subtle"
        color="gray"
        size="xs"
        mx="xs"
        mt={4}
        justify="space-between"
        leftSection={<IconSearch size={14} />}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        onClick={(event) => {
          opener.current = event.currentTarget;
          spotlight.open();
        }}
      >
        Search…
      </Button>
      <Spotlight
        data-testid="command-palette"
        // The palette has no visible title: its dialog is named for screen readers here.
        attributes={{
          content: { "aria-label": "Search for a resource, record, saved view or action" },
        }}
        actions={[...recordActions, ...viewActions, ...resourceActions, ...actionActions]}
        query={query}
        onQueryChange={setQuery}
        shortcut={["mod + K"]}
        onSpotlightOpen={() => {
          // Its button says so itself; from Ctrl+K it is what had focus, unless the palette
          // has taken focus already.
          const active = document.activeElement;
          if (
            opener.current === null &&
            active?.closest('[data-testid="command-palette"]') === null
          ) {
            opener.current = active;
          }
        }}
        onSpotlightClose={() => {
          returnFocusTo(opener.current);
          opener.current = null;
        }}
        limit={12}
        highlightQuery
        nothingFound="Nothing matches. Try a resource name, or a name and an id: charge point 12."
        searchProps={
          {
            placeholder: "Resource, or a record: charge point 12",
            "data-testid": "command-palette-search",
          } as Record<string, string>
        }
      />
    </>
  );
}
