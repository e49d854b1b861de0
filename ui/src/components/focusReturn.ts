// Where keyboard focus goes when a dialog, menu or palette closes: back to the control that
// opened it, so the operator carries on from where they were. Mantine gives focus back itself
// when a dialog's `opened` turns false and the control it remembers is still there; these
// cover the rest: dialogs mounted open and unmounted to close, openers that are gone by then
// (a menu's item, a page navigated away from), and content that replaces the focused control.
import { useEffect, useState, type RefObject } from "react";

/** The id of the window's main region, where focus goes when there is nothing to go back to. */
export const MAIN_CONTENT_ID = "main-content";

/** Whether focus is on nothing in particular: the page itself, or a control just removed. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** A control to give focus to, or a way to find it once the screen has settled. */
export type FocusTarget = Element | null | undefined | (() => Element | null | undefined);

/**
 * Once the closing dialog is gone, focuses `opener` if focus was lost meanwhile; if the opener
 * is gone too, the main region. Focus that went somewhere on purpose (a link the dialog
 * followed, a field it filled) stays where it is. Pass a function when the control may be
 * swapped again within those milliseconds (a quick export's Cancel gives way to Export at
 * once): it is asked then, so focus lands on what is on screen, not on what was.
 */
export function returnFocusTo(target: FocusTarget): void {
  // The dialog that holds focus now, if it is still on screen: one that closes with a
  // transition (the palette) keeps focus until it is removed, later on a busy window.
  const closing = document.activeElement?.closest('[role="dialog"]') ?? null;
  const startedAt = performance.now();
  const look = () => {
    // A window closing (or a test's page torn down) meanwhile has no document left.
    if (typeof document === "undefined") return;
    if (holdsFocus(closing) && performance.now() - startedAt < CLOSING_WAIT_LIMIT_MS) {
      window.setTimeout(look, CLOSING_LOOK_INTERVAL_MS);
      return;
    }
    giveFocusBack(target);
  };
  // First after React removes the dialog and Mantine's own return (10 ms after it closes).
  window.setTimeout(look, FIRST_LOOK_MS);
}

const FIRST_LOOK_MS = 20;
const CLOSING_LOOK_INTERVAL_MS = 30;
/** A dialog that still holds focus after this long is not closing: focus is left with it. */
const CLOSING_WAIT_LIMIT_MS = 3000;

function holdsFocus(dialog: Element | null): boolean {
  return dialog !== null && dialog.isConnected && dialog.contains(document.activeElement);
}

/** Looks once: whatever loses focus after this is not the closing dialog's doing. */
function giveFocusBack(target: FocusTarget): void {
  if (!focusIsLost()) return;
  const opener = typeof target === "function" ? target() : target;
  if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) {
    opener.focus({ preventScroll: true });
  } else {
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }
}

/**
 * For a dialog that is mounted open and unmounted to close: gives focus back to `opener` (a
 * menu's button: the item chosen goes with its menu) or, without one, to whatever had focus
 * when the dialog mounted.
 */
export function useReturnFocusOnUnmount(opener?: RefObject<HTMLElement | null>): void {
  const [before] = useState(() => document.activeElement);
  useEffect(() => () => returnFocusTo(opener?.current ?? before), [opener, before]);
}
