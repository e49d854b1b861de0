// Asks before the window closes while an export or a change is in flight. The Rust side holds
// such a close back and reports what is running on the channel registered here; closing then
// happens only when the operator chooses "Close anyway". When no channel can be registered
// (outside the app), Rust has no one to ask and lets every close go ahead.
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { Channel } from "@tauri-apps/api/core";
import { useEffect, useState } from "react";
import { commands, type WorkInFlight } from "../bindings";
import { closeConsequences } from "./closeConsequences";

export function CloseConfirm() {
  const [work, setWork] = useState<WorkInFlight | null>(null);
  const [closing, setClosing] = useState(false);

  useEffect(() => {
    try {
      const requests = new Channel<WorkInFlight>();
      requests.onmessage = (running) => setWork(running);
      commands.watchCloseRequests(requests).catch(() => {
        // Without a watcher the Rust side lets the window close: nothing to do here.
      });
    } catch {
      // Not inside the app (no IPC): there is no window to guard.
    }
  }, []);

  const closeAnyway = () => {
    setClosing(true);
    commands
      .closeWindow()
      .catch(() => setClosing(false))
      .finally(() => setWork(null));
  };

  return (
    <Modal opened={work !== null} onClose={() => setWork(null)} title="Close Plugdesk?" centered>
      <Stack gap="sm" data-testid="close-confirm">
        {work !== null && closeConsequences(work).map((line) => <Text key={line}>{line}</Text>)}
        <Group justify="flex-end" mt="md">
          <Button
            variant="default"
            onClick={() => setWork(null)}
            data-autofocus
            data-testid="close-keep-open"
          >
            Keep Plugdesk open
          </Button>
          <Button color="red" onClick={closeAnyway} loading={closing} data-testid="close-anyway">
            Close anyway
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
