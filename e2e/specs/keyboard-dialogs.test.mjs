// Keys only, in the real window, beside keyboard.test.mjs: a listing's date filter is set from
// its calendar with keys (open it, move to a day, type the time, take it) and the listing
// follows; and every dialog gives focus back to the control that opened it when it closes,
// by Escape and after its work is done: the date calendar, the command palette, the actions
// menu's dialog, its confirmation and the export menu. Focus left on the page itself (the
// body) counts as lost.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, launchApp, saveScreenshot } from "../lib/app.mjs";
import { focused, moveTo, waitForFocus } from "../lib/keys.mjs";
import { WAIT_MS, chooseWithKeys, textOf } from "../lib/ui.mjs";

let browser;

before(async () => {
  browser = await launchApp();
});

after(async () => {
  await browser?.deleteSession();
});

const shown = (testId) => byTestId(browser, testId).waitForDisplayed({ timeout: WAIT_MS });

/** Focus is somewhere a keyboard user can carry on from: not on the page itself. */
async function assertFocusKept(after) {
  await browser.waitUntil(async () => (await focused(browser)) !== "(body)", {
    timeout: WAIT_MS,
    timeoutMsg: `focus was lost (left on the page itself) after ${after}`,
  });
}

/** Whether focus is on a day of the calendar of "Started … until". */
async function onCalendarDay() {
  return (await focused(browser)) === "filter-startedBefore-day";
}

/** The palette: Ctrl+K, words, Enter. Words with a doubled letter go in two parts. */
async function openWithPalette(parts, listTestId) {
  await browser.keys(["Control", "k"]);
  await waitForFocus(browser, "command-palette-search");
  for (const part of parts) await browser.keys(part);
  await browser.keys("Enter");
  await shown(listTestId);
  await assertFocusKept("a choice in the palette");
}

test("a listing's date filter is set from its calendar with keys alone", async () => {
  await moveTo(browser, "home-demo");
  await browser.keys("Enter");
  await browser.waitUntil(
    async () => !["", "No tenant"].includes(await textOf(browser, "tenant-badge")),
    { timeout: WAIT_MS, timeoutMsg: "the demo network never connected" },
  );
  // WebDriver types a doubled letter once: "sessions" goes in as "ses" + "sions".
  await openWithPalette(["ses", "sions"], "list-sessions");

  // "Started … until": Enter opens its calendar; Escape closes it and focus is back on it.
  await moveTo(browser, "filter-startedBefore");
  await browser.keys("Enter");
  await shown("filter-startedBefore-day");
  await browser.keys("Escape");
  await waitForFocus(browser, "filter-startedBefore", "after Escape closed its calendar");

  // Again: Tab reaches the days, ← moves to the day before, Enter takes it and moves on to
  // the time; the hours and minutes are typed, and Enter takes the date and time.
  await browser.keys("Enter");
  for (let presses = 0; presses < 10 && !(await onCalendarDay()); presses += 1) {
    await browser.keys("Tab");
  }
  assert.ok(await onCalendarDay(), "Tab never reached a day of the calendar");
  await browser.keys("ArrowLeft");
  const day = await browser.execute(() => document.activeElement.getAttribute("aria-label"));
  const picked = new Date(day);
  assert.ok(!Number.isNaN(picked.getTime()), `the day is named "${day}", not a date`);
  await browser.keys("Enter");
  await waitForFocus(browser, "filter-startedBefore-hours", "after a day was taken");
  await browser.keys("12");
  await browser.keys("34");
  await saveScreenshot(browser, "keyboard-date-picker");
  await browser.keys("Enter");

  // The field shows the date and time, the listing is filtered by it, focus is on the field.
  const date = [
    picked.getFullYear(),
    String(picked.getMonth() + 1).padStart(2, "0"),
    String(picked.getDate()).padStart(2, "0"),
  ].join("-");
  await waitForFocus(browser, "filter-startedBefore", "after the calendar took the date");
  await browser.waitUntil(
    async () => (await textOf(browser, "filter-startedBefore")) === `${date} 12:34`,
    {
      timeout: WAIT_MS,
      timeoutMsg: `the field does not show ${date} 12:34 (it shows "${await textOf(browser, "filter-startedBefore")}")`,
    },
  );
  await shown("filter-chip-startedBefore");
  const filter = new URL(await browser.getUrl()).hash;
  assert.match(decodeURIComponent(filter), /startedBefore/, `the address has no date: ${filter}`);
  await saveScreenshot(browser, "keyboard-date-filter");
});

test("the palette, the actions dialog, its confirmation and export give focus back", async () => {
  // The palette from its button: Escape, then a choice, both come back to the button. Start
  // from the top of the page's main region, wherever the last test left focus (deep in a table
  // of links, the button would be more presses away than a person would make).
  await browser.execute(() => document.getElementById("main-content")?.focus());
  await moveTo(browser, "command-palette-open", ["Shift", "Tab"]);
  await browser.keys("Enter");
  await waitForFocus(browser, "command-palette-search");
  await browser.keys("Escape");
  await waitForFocus(browser, "command-palette-open", "after Escape closed the palette");
  await browser.keys("Enter");
  await waitForFocus(browser, "command-palette-search");
  await browser.keys("charge points");
  await browser.keys("Enter");
  await shown("list-charge-points");
  await waitForFocus(browser, "command-palette-open", "after a choice in the palette");

  // Export: Escape closes its menu, and a finished export, back on Export.
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });
  await moveTo(browser, "export-button");
  await browser.keys("Enter");
  await shown("export-csv");
  await browser.keys("Escape");
  await waitForFocus(browser, "export-button", "after Escape closed the export menu");
  await browser.keys("Enter");
  await moveTo(browser, "export-csv", "ArrowDown");
  await browser.keys("Enter");
  await byTestId(browser, "export-summary").waitForExist({ timeout: 60000 });
  await waitForFocus(browser, "export-button", "after the export finished");

  // A record, and its actions menu's dialog: Escape closes it, back on Actions.
  await moveTo(browser, "list-row");
  await browser.keys("Enter");
  await shown("detail-charge-points");
  const openAction = async () => {
    await moveTo(browser, "actions-menu");
    await browser.keys("Enter");
    await shown("action-chargePointChangeAvailability");
    await moveTo(browser, "action-chargePointChangeAvailability", "ArrowDown");
    await browser.keys("Enter");
    await shown("record-form");
  };
  await openAction();
  await browser.keys("Escape");
  await waitForFocus(browser, "actions-menu", "after Escape closed the action dialog");

  // Its confirmation: Escape goes back to the button that asked for it.
  await openAction();
  await moveTo(browser, "form-field-type");
  await chooseWithKeys(browser, "Inoperative");
  await moveTo(browser, "form-submit");
  await browser.keys("Enter");
  await shown("confirm-dialog");
  await browser.keys("Escape");
  await waitForFocus(browser, "form-submit", "after Escape closed the confirmation");

  // Confirmed: the answer replaces the form and its Close has focus; Close goes back to Actions.
  await browser.keys("Enter");
  await shown("confirm-dialog");
  await moveTo(browser, "confirm-yes");
  await browser.keys("Enter");
  await shown("action-result");
  await waitForFocus(browser, "action-close", "after the confirmation was answered");
  await browser.keys("Enter");
  await waitForFocus(browser, "actions-menu", "after Close ended the action dialog");
  await assertFocusKept("the action dialog closed");
});
