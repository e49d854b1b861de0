// "?" anywhere outside a text field: the keyboard shortcuts of Plugdesk, in a dialog.
import { Kbd, Modal, Table } from "@mantine/core";
import { useDisclosure, useHotkeys } from "@mantine/hooks";

/** Every shortcut Plugdesk answers, as the operator presses it. */
const SHORTCUTS: readonly { keys: string[]; what: string }[] = [
  {
    keys: ["Ctrl", "K"],
    what: "Search: a resource, a record (charge point 12), a saved view or an action",
  },
  { keys: ["?"], what: "Show these shortcuts" },
  { keys: ["Tab"], what: "Move to the next control; the first stop is “Skip to content”" },
  { keys: ["↓", "↑"], what: "Move between the rows of a listing" },
  { keys: ["Enter"], what: "Open the record of the focused row, or press the focused button" },
  { keys: ["Esc"], what: "Close the open dialog, menu or palette" },
  { keys: ["Ctrl", "="], what: "Zoom in, 20 % a step (up to ten times larger)" },
  { keys: ["Ctrl", "-"], what: "Zoom out" },
];

export function KeyboardShortcuts() {
  const [opened, { open, close }] = useDisclosure(false);
  // Mantine leaves hotkeys alone while a text field has focus, so "?" can still be typed.
  useHotkeys([
    ["shift+?", open],
    ["?", open],
  ]);
  return (
    <Modal opened={opened} onClose={close} title="Keyboard shortcuts" centered>
      <Table data-testid="keyboard-shortcuts" aria-label="Keyboard shortcuts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Keys</Table.Th>
            <Table.Th scope="col">What they do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.what}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && " "}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{shortcut.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
