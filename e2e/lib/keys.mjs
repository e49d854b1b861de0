// Working the window with keys alone: where focus is, and moving it with Tab (or another key)
// until it reaches a control. Focus is named by test id, as elements are everywhere else.

import assert from "node:assert/strict";

import { WAIT_MS } from "./ui.mjs";

/** How many presses a control may be away before a test gives up on reaching it. */
export const MAX_PRESSES = 80;

/**
 * The test id of the focused element, or of the nearest element around it that has one;
 * "(body)" when focus is on nothing in particular, which is where a lost focus ends up.
 */
export function focused(browser) {
  return browser.execute(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return "(body)";
    return active.closest("[data-testid]")?.getAttribute("data-testid") ?? "";
  });
}

export async function waitForFocus(browser, testId, what = "") {
  await browser.waitUntil(async () => (await focused(browser)) === testId, {
    timeout: WAIT_MS,
    timeoutMsg: `focus never reached ${testId}${what ? ` ${what}` : ""} (it is on ${await focused(browser)})`,
  });
}

/** Presses `key` (Tab by default) until `testId` has focus. */
export async function moveTo(browser, testId, key = "Tab") {
  for (let presses = 0; presses < MAX_PRESSES; presses += 1) {
    if ((await focused(browser)) === testId) return;
    await browser.keys(key);
  }
  assert.fail(
    `${MAX_PRESSES} presses of ${key} never reached ${testId} (at ${await focused(browser)})`,
  );
}
