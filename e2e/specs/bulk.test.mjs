// Changes to many records in the real window on the demo network: five charge points are
// selected in the list, their availability is changed in one go (the form filled once, the
// confirmation naming the count and the first of them), each ends accepted or done in the
// results table, and the activity log lists five entries under one bulk-run heading. A
// screenshot of the results goes to docs/. Then one of the API's own bulk operations: three
// EVSEs selected get a tariff group in one request, their ids filled in by the bulk bar.

import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, saveScreenshot } from "../lib/app.mjs";
import { WAIT_MS, go, launchOnDemo, press, textOf } from "../lib/ui.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const docs = resolve(here, "..", "..", "docs");

let browser;

before(async () => {
  browser = await launchOnDemo();
});

after(async () => {
  await browser?.deleteSession();
});

async function waitForText(testId, pattern, message) {
  await browser.waitUntil(async () => pattern.test(await textOf(browser, testId)), {
    timeout: WAIT_MS,
    timeoutMsg: message,
  });
}

/**
 * Types `text` into the focused field. WebKitWebDriver drops the second of two equal keys
 * sent in one go ("tariff" arrives as "tarif"), so each doubled key is sent on its own.
 */
async function typeText(text) {
  let run = "";
  for (const key of text) {
    if (run.endsWith(key)) {
      await browser.keys(run);
      run = "";
    }
    run += key;
  }
  if (run !== "") await browser.keys(run);
}

test("five charge points are taken out of service in one action", async () => {
  await go(browser, "#/r/charge-points");
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });
  const boxes = await browser.$$('[data-testid="select-row"]');
  assert.ok(boxes.length >= 5, `only ${boxes.length} rows to select`);
  for (const box of boxes.slice(0, 5)) await box.click();
  await waitForText("bulk-count", /^5 charge points selected$/, "the count never said 5");

  await press(browser, "bulk-actions");
  await press(browser, "bulk-action-chargePointChangeAvailability");
  await byTestId(browser, "record-form").waitForDisplayed({ timeout: WAIT_MS });
  // The body once, as JSON (the form's own fields are exercised by the keyboard test).
  await press(browser, "form-json-toggle");
  const json = byTestId(browser, "form-json");
  await json.waitForDisplayed({ timeout: WAIT_MS });
  await json.click();
  await browser.keys(["Control", "a"]);
  await browser.keys("Backspace");
  await browser.keys('{"type": "Inoperative"}');
  await press(browser, "form-submit", { block: "center" });

  const question = byTestId(browser, "confirm-dialog");
  await question.waitForDisplayed({ timeout: WAIT_MS });
  const asked = await textOf(browser, "confirm-dialog");
  assert.match(asked, /5 charge points/);
  assert.match(asked, /and 2 more/);
  await press(browser, "confirm-yes", { block: "center" });

  await waitForText(
    "bulk-status",
    /^Finished: 5 (accepted|succeeded)$/,
    "the run did not finish with five successes",
  );
  const outcomes = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="bulk-result-row"]')].map((row) =>
      row.getAttribute("data-outcome"),
    ),
  );
  assert.equal(outcomes.length, 5);
  assert.ok(
    outcomes.every((outcome) => outcome === "accepted" || outcome === "succeeded"),
    outcomes.join(", "),
  );
  mkdirSync(docs, { recursive: true });
  const shot = await saveScreenshot(browser, "bulk-results");
  copyFileSync(shot, join(docs, "bulk.png"));
  await press(browser, "bulk-close", { block: "center" });
});

test("the activity log lists the five changes under one bulk run", async () => {
  await go(browser, "#/activity");
  await byTestId(browser, "activity-bulk-group").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(await textOf(browser, "activity-bulk-group"), /on 5 records at once/);
  const inRun = await browser.execute(
    () => document.querySelectorAll('[data-testid="activity-row"][data-bulk-run]').length,
  );
  assert.equal(inRun, 5);
  await saveScreenshot(browser, "bulk-activity");
});

test("three EVSEs get a tariff group in one request of the API's own", async () => {
  await go(browser, "#/r/evses");
  // The rows of the EVSE list, not those of the list shown before it.
  const list = byTestId(browser, "list-evses");
  await list.waitForDisplayed({ timeout: WAIT_MS });
  await list.$('[data-testid="list-row"]').waitForDisplayed({ timeout: WAIT_MS });
  const boxes = await list.$$('[data-testid="select-row"]');
  assert.ok(boxes.length >= 3, `only ${boxes.length} rows to select`);
  for (const box of boxes.slice(0, 3)) await box.click();
  // (The bar says "evses" in lower case for now; the count is what matters here.)
  await waitForText("bulk-count", /^3 EVSEs selected$/i, "the count never said 3");
  const selected = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="list-row"]')]
      .filter((row) => {
        const box = row.querySelector('[data-testid="select-row"]');
        return (box?.matches("input") ? box : box?.querySelector("input"))?.checked === true;
      })
      .map((row) => Number(row.getAttribute("data-record-id"))),
  );
  assert.equal(selected.length, 3, `selected rows: ${selected}`);

  await press(browser, "bulk-actions");
  await press(browser, "bulk-native-evseBulkAssignTariffGroups");
  await byTestId(browser, "record-form").waitForDisplayed({ timeout: WAIT_MS });
  // The form starts with the selected EVSEs' ids; only the tariff group is added.
  await press(browser, "form-json-toggle");
  const json = byTestId(browser, "form-json");
  await json.waitForDisplayed({ timeout: WAIT_MS });
  const body = JSON.parse(await json.getValue());
  assert.deepEqual(
    [...body.filters.evseIds].sort((a, b) => a - b),
    [...selected].sort((a, b) => a - b),
  );
  await json.click();
  await browser.keys(["Control", "a"]);
  await browser.keys("Backspace");
  await typeText(JSON.stringify({ ...body, tariffGroupId: 1 }));
  await press(browser, "form-submit", { block: "center" });

  const question = byTestId(browser, "confirm-dialog");
  await question.waitForDisplayed({ timeout: WAIT_MS });
  assert.match(await textOf(browser, "confirm-dialog"), /3 EVSEs/i);
  await press(browser, "confirm-yes", { block: "center" });

  const result = byTestId(browser, "action-result");
  await result.waitForDisplayed({ timeout: WAIT_MS });
  const outcome = await result.getAttribute("data-outcome");
  assert.ok(
    outcome === "accepted" || outcome === "succeeded",
    `${outcome}: ${await textOf(browser, "action-result")}`,
  );
  await saveScreenshot(browser, "bulk-native-result");
});
