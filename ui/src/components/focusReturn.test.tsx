// Focus goes back to what opened a dialog when it closes, to the page when that is gone, and
// stays where the dialog put it on purpose.
import { Button, Modal } from "@mantine/core";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRef, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../test/renderWithProviders";
import { ConfirmDialog } from "./ConfirmDialog";
import { MAIN_CONTENT_ID, returnFocusTo, useReturnFocusOnUnmount } from "./focusReturn";

/** A button that mounts a dialog open and unmounts it to close, as the actions menu does. */
function Opener({ withRef }: { withRef: boolean }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} data-testid="opener" onClick={() => setOpen(true)}>
        Open
      </Button>
      {open && (
        <MountedDialog opener={withRef ? button : undefined} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

function MountedDialog(props: {
  opener?: React.RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}) {
  useReturnFocusOnUnmount(props.opener);
  return (
    <Modal opened onClose={props.onClose} title="A dialog">
      <Button data-testid="inside" onClick={props.onClose}>
        Done
      </Button>
    </Modal>
  );
}

describe("focus return", () => {
  it.each([
    ["what had focus when it opened", false],
    ["the opener it is given", true],
  ])("a dialog unmounted to close gives focus back to %s", async (_, withRef) => {
    renderWithProviders(<Opener withRef={withRef} />);
    const opener = screen.getByTestId("opener");
    opener.focus();
    await userEvent.keyboard("{Enter}");
    const inside = await screen.findByTestId("inside");
    inside.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByTestId("inside")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it("goes to the main region when the opener is gone, and leaves placed focus alone", async () => {
    vi.useFakeTimers();
    try {
      const main = document.createElement("main");
      main.id = MAIN_CONTENT_ID;
      main.tabIndex = -1;
      const elsewhere = document.createElement("button");
      document.body.append(main, elsewhere);
      const gone = document.createElement("button");

      returnFocusTo(gone);
      act(() => vi.runAllTimers());
      expect(document.activeElement).toBe(main);

      elsewhere.focus();
      returnFocusTo(gone);
      act(() => vi.runAllTimers());
      expect(document.activeElement).toBe(elsewhere);
      main.remove();
      elsewhere.remove();
    } finally {
      vi.useRealTimers();
    }
  });

  it("waits for a dialog that closes slowly, then looks once", () => {
    vi.useFakeTimers();
    try {
      const opener = document.createElement("button");
      const dialog = document.createElement("div");
      dialog.setAttribute("role", "dialog");
      const search = document.createElement("input");
      dialog.append(search);
      const later = document.createElement("button");
      document.body.append(opener, dialog, later);
      search.focus();

      // A busy window is still closing the palette at the first look and well after it.
      returnFocusTo(opener);
      act(() => vi.advanceTimersByTime(500));
      expect(document.activeElement).toBe(search);
      // It goes, taking focus with it: focus goes back to the opener.
      dialog.remove();
      act(() => vi.advanceTimersByTime(100));
      expect(document.activeElement).toBe(opener);
      // Focus lost later, by something else, is not this dialog's to give back.
      later.focus();
      later.remove();
      act(() => vi.runAllTimers());
      expect(document.activeElement).not.toBe(opener);
      opener.remove();
    } finally {
      vi.useRealTimers();
    }
  });

  it("Escape on a confirmation over another dialog closes only the confirmation", async () => {
    const closeOuter = vi.fn();
    const cancel = vi.fn();
    renderWithProviders(
      <Modal opened onClose={closeOuter} title="An action">
        <ConfirmDialog
          opened
          title="Sure?"
          message="This changes a charger."
          confirmLabel="Change"
          onConfirm={() => {}}
          onCancel={cancel}
        />
      </Modal>,
    );
    const dialog = await screen.findByTestId("confirm-dialog");
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard("{Escape}");
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(closeOuter).not.toHaveBeenCalled();
  });
});
