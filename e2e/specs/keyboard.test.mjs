// Keys only, in the real window: "Skip to content" comes first; connect to the demo network;
// the palette finds the charge points; a row opens with Enter; the actions menu changes the
// charge point's availability to Inoperative, the confirmation is answered, and the result
// shows. Nothing here is clicked: every step is a key press. Then Ctrl+= zooms to 200 %.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, launchApp, saveScreenshot } from "../lib/app.mjs";
import { layoutProblems, pageLayout } from "../lib/layout.mjs";
import { moveTo as moveWith, waitForFocus as waitWith } from "../lib/keys.mjs";
import { WAIT_MS, chooseWithKeys, textOf } from "../lib/ui.mjs";

let browser;

const moveTo = (testId, key) => moveWith(browser, testId, key);
const waitForFocus = (testId) => waitWith(browser, testId);

before(async () => {
  browser = await launchApp();
});

after(async () => {
  await browser?.deleteSession();
});

test("connect, find a charge point and make it inoperative with the keyboard alone", async () => {
  // The first Tab lands on the skip link, which takes focus to the page.
  await browser.keys("Tab");
  await waitForFocus("skip-to-content");
  assert.ok(
    await browser.execute(() => document.activeElement.getBoundingClientRect().top >= 0),
    "the skip link stays off screen when it has focus",
  );
  await browser.keys("Enter");
  assert.equal(await browser.execute(() => document.activeElement?.id), "main-content");

  // Connect to the demo network from the welcome page.
  await moveTo("home-demo");
  await browser.keys("Enter");
  await browser.waitUntil(
    async () => !["", "No tenant"].includes(await textOf(browser, "tenant-badge")),
    {
      timeout: WAIT_MS,
      timeoutMsg: "the demo network never connected",
    },
  );

  // The palette: Ctrl+K, a name, Enter.
  await browser.keys(["Control", "k"]);
  await waitForFocus("command-palette-search");
  await browser.keys("charge points");
  await browser.keys("Enter");
  await byTestId(browser, "list-charge-points").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });

  // The rows: Tab reaches the first, ↓ the next, Enter opens it.
  await moveTo("list-row");
  await browser.keys("ArrowDown");
  const recordId = await browser.execute(() =>
    document.activeElement?.getAttribute("data-record-id"),
  );
  assert.ok(recordId, "↓ did not move to the next row");
  await browser.keys("Enter");
  await byTestId(browser, "detail-charge-points").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(
    decodeURIComponent(await browser.getUrl()),
    new RegExp(`/r/charge-points/${recordId}`),
  );

  // The actions menu, then Change availability.
  await moveTo("actions-menu");
  await browser.keys("Enter");
  await byTestId(browser, "action-chargePointChangeAvailability").waitForDisplayed({
    timeout: WAIT_MS,
  });
  await moveTo("action-chargePointChangeAvailability", "ArrowDown");
  await browser.keys("Enter");

  // The availability select: focus it, ↓ through its choices to Inoperative, submit.
  const form = byTestId(browser, "record-form");
  await form.waitForDisplayed({ timeout: WAIT_MS });
  await moveTo("form-field-type");
  await chooseWithKeys(browser, "Inoperative");
  await moveTo("form-submit");
  await browser.keys("Enter");

  // The confirmation names the charge point; its safe answer has focus; Tab to the other.
  const dialog = byTestId(browser, "confirm-dialog");
  await dialog.waitForDisplayed({ timeout: WAIT_MS });
  assert.match(await textOf(browser, "confirm-dialog"), /inoperative/i);
  await moveTo("confirm-yes");
  await saveScreenshot(browser, "keyboard-confirm");
  await browser.keys("Enter");

  await byTestId(browser, "action-result").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(
    await textOf(browser, "action-result"),
    /Change availability · (sent to the charger, waiting for it to confirm|done)/,
  );
  await saveScreenshot(browser, "keyboard-result");

  // Escape closes the dialog and the record is back under the keyboard.
  await browser.keys("Escape");
  await browser.waitUntil(async () => !(await form.isExisting()), {
    timeout: WAIT_MS,
    timeoutMsg: "Escape did not close the action dialog",
  });
});

const layout = () => pageLayout(browser);

/** Presses a zoom key and waits until the page's width in CSS pixels moves the way it should. */
async function zoomStep(keys, direction) {
  const width = (await layout()).width;
  await browser.keys(keys);
  await browser.waitUntil(async () => ((await layout()).width - width) * direction > 1, {
    timeout: WAIT_MS,
    timeoutMsg: `${keys.join("+")} did not change the zoom (width ${width} CSS px)`,
  });
}

test("Ctrl+= zooms the window to 200 % and it stays usable; Ctrl+- zooms back", async () => {
  await byTestId(browser, "detail-charge-points").waitForDisplayed({ timeout: WAIT_MS });
  const before = await layout();
  // Five steps of 20 %: 100 % → 200 %, each waited for, so no press lands mid-step.
  for (let step = 0; step < 5; step += 1) await zoomStep(["Control", "="], -1);
  assert.ok(
    (await layout()).width <= before.width * 0.55,
    `Ctrl+= did not zoom to 200 % (width ${before.width} CSS px before)`,
  );
  const zoomed = await layout();
  await saveScreenshot(browser, "keyboard-zoom-200");
  assert.ok(zoomed.overflow <= 1, `at 200 % the page runs ${zoomed.overflow} px past the window`);
  assert.ok(zoomed.mainVisible, "at 200 % the page's main region is out of sight");
  assert.deepEqual(await layoutProblems(browser), [], "at 200 % controls are cut off or overlap");
  // The record is still there and the palette still opens.
  await byTestId(browser, "detail-charge-points").waitForDisplayed({ timeout: WAIT_MS });
  await browser.keys(["Control", "k"]);
  await waitForFocus("command-palette-search");
  await browser.keys("Escape");
  // The palette's search field takes keys while it closes: zoom back once it is gone.
  await browser.waitUntil(
    async () => !(await byTestId(browser, "command-palette-search").isDisplayed()),
    {
      timeout: WAIT_MS,
      timeoutMsg: "Escape did not close the search palette",
    },
  );

  for (let step = 0; step < 5; step += 1) await zoomStep(["Control", "-"], 1);
  await browser.waitUntil(async () => Math.abs((await layout()).width - before.width) <= 2, {
    timeout: WAIT_MS,
    timeoutMsg: "Ctrl+- did not zoom back to 100 %",
  });
});
