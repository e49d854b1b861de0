// Changing things in the real window against the built-in demo network: create a user, find
// it in the list, edit it, delete it; start a session on a charge point, see it active, stop
// it and see it finished; an invalid value shows its message on the field; the activity log
// lists the changes; a read-only profile shows no write controls.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";

import { byTestId, saveScreenshot } from "../lib/app.mjs";
import * as ui from "../lib/ui.mjs";
import { startDemoTenant } from "../lib/demoTenant.mjs";

const { WAIT_MS } = ui;
const READ_ONLY_TOKEN = `e2e-readonly-${randomUUID()}`;

let browser;
let readOnlyTenant;

before(async () => {
  readOnlyTenant = await startDemoTenant({ token: READ_ONLY_TOKEN });
  browser = await ui.launchOnDemo();
});

after(async () => {
  await browser?.deleteSession();
  await readOnlyTenant?.stop();
});

const textOf = (testId) => ui.textOf(browser, testId);
const go = (hash) => ui.go(browser, hash);
const gone = (testId) => ui.gone(browser, testId);
// Dialog buttons are centred first: WebDriver's own scrolling can leave them under the frame.
const press = (testId) => ui.press(browser, testId, { block: "center" });

async function waitForText(testId, pattern, message) {
  await browser.waitUntil(async () => pattern.test(await textOf(testId)), {
    timeout: WAIT_MS,
    timeoutMsg: message,
  });
}

/**
 * Types into the input of a form field, replacing what it held. Keys rather than clearValue:
 * React only hears about changes made by typing.
 */
async function fill(field, value) {
  const input = byTestId(browser, `form-field-${field}`).$("input");
  await input.waitForDisplayed({ timeout: WAIT_MS });
  await input.click();
  await browser.keys(["Control", "a"]);
  await browser.keys("Backspace");
  await input.addValue(value);
}

async function firstOptionOf(picker) {
  await byTestId(browser, picker).click();
  const option = browser.$('[data-testid^="reference-option-"]');
  await option.waitForDisplayed({ timeout: WAIT_MS });
  const value = (await option.getAttribute("data-testid")).replace("reference-option-", "");
  await option.click();
  return value;
}

/**
 * Submits an action form and waits for its result. Starting charging on a charger that is
 * down asks first, naming its state; that question is answered yes.
 */
async function submitAction() {
  await press("form-submit");
  const result = byTestId(browser, "action-result");
  const question = byTestId(browser, "confirm-dialog");
  await browser.waitUntil(
    async () => (await result.isDisplayed()) || (await question.isDisplayed()),
    {
      timeout: WAIT_MS,
      timeoutMsg: "the action neither answered nor asked first",
    },
  );
  if (await question.isDisplayed()) await press("confirm-yes");
  await result.waitForDisplayed({ timeout: WAIT_MS });
}

const email = `e2e-${Date.now()}@example.com`;

test("an invalid value shows its message on the field and nothing is created", async () => {
  await go(`#/r/users`);
  await press("create-button");
  await byTestId(browser, "record-form").waitForDisplayed({ timeout: WAIT_MS });
  const before = await textOf("form-field-email");
  await fill("email", "not-an-email");
  await fill("password", "Secret-pass-1");
  await press("form-submit");
  await browser.waitUntil(async () => (await textOf("form-field-email")) !== before, {
    timeout: WAIT_MS,
    timeoutMsg: "no message appeared on the email field",
  });
  assert.ok(await byTestId(browser, "record-form").isDisplayed(), "the form closed");
  await saveScreenshot(browser, "changes-invalid-email");
  await browser.keys("Escape");
  await gone("record-form");
});

test("a user is created, found in the list, edited and deleted", async () => {
  await go(`#/r/users`);
  await press("create-button");
  await fill("email", email);
  await fill("password", "Secret-pass-1");
  await fill("first_name", "Edith");
  await fill("last_name", "Plugdesk");
  await press("form-submit");
  await gone("record-form");

  await go(`#/r/users?filter=${encodeURIComponent(JSON.stringify({ email }))}`);
  await browser.waitUntil(async () => (await textOf(`list-users`)).includes(email), {
    timeout: WAIT_MS,
    timeoutMsg: "the new user is not in the filtered list",
  });
  await ui.openFirstRow(browser);
  await byTestId(browser, "detail-users").waitForDisplayed({ timeout: WAIT_MS });

  const city = `Plovdiv ${Date.now()}`;
  await byTestId(browser, "edit-button").click();
  await fill("city", city);
  await press("form-submit");
  await gone("record-form");
  await waitForText("detail-users", new RegExp(city), "the edited city never showed on the record");
  await saveScreenshot(browser, "changes-user-edited");

  await byTestId(browser, "delete-button").click();
  // A person is named by their name, not their e-mail address.
  await waitForText(
    "confirm-dialog",
    /Edith Plugdesk/,
    "the delete question does not name the user",
  );
  await press("confirm-yes");
  await byTestId(browser, "list-users").waitForDisplayed({ timeout: WAIT_MS });
  await go(`#/r/users?filter=${encodeURIComponent(JSON.stringify({ email }))}`);
  await byTestId(browser, "list-empty").waitForDisplayed({ timeout: WAIT_MS });
});

test("a session is started on a charge point, seen active, stopped and seen finished", async () => {
  await go("#/r/charge-points");
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });
  await ui.openFirstRow(browser);
  await byTestId(browser, "detail-charge-points").waitForDisplayed({ timeout: WAIT_MS });
  const chargePointUrl = await browser.getUrl();

  await byTestId(browser, "actions-menu").click();
  await byTestId(browser, "action-chargePointStartChargingSession").click();
  await firstOptionOf("reference-picker-evse");
  await submitAction();
  const open = byTestId(browser, "action-open-record");
  await open.waitForDisplayed({ timeout: WAIT_MS });
  const sessionId = (await open.getAttribute("href")).split("/").pop();
  await saveScreenshot(browser, "changes-session-started");
  await browser.keys("Escape");

  await go(`#/r/sessions/${sessionId}`);
  await waitForText("detail-field-status", /active/i, "the started session is not active");

  await browser.url(chargePointUrl);
  await byTestId(browser, "actions-menu").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "actions-menu").click();
  await byTestId(browser, "action-chargePointStopChargingSession").click();
  await byTestId(browser, "reference-picker-session").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "reference-picker-session").addValue(sessionId);
  const option = byTestId(browser, `reference-option-${sessionId}`);
  await option.waitForDisplayed({ timeout: WAIT_MS });
  await option.click();
  await press("form-submit");
  await byTestId(browser, "confirm-dialog").waitForDisplayed({ timeout: WAIT_MS });
  await press("confirm-yes");
  await byTestId(browser, "action-result").waitForDisplayed({ timeout: WAIT_MS });
  await browser.keys("Escape");

  await go(`#/r/sessions/${sessionId}`);
  await byTestId(browser, "detail-refresh").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "detail-refresh").click();
  await waitForText("detail-field-status", /finished/i, "the stopped session is not finished");
  await saveScreenshot(browser, "changes-session-stopped");
});

test("the activity log lists the changes of this run", async () => {
  await go("#/activity");
  await byTestId(browser, "activity-table").waitForDisplayed({ timeout: WAIT_MS });
  const rows = await browser.$$('[data-testid="activity-row"]');
  // Create, update, delete, start and stop; the invalid create was stopped before sending.
  assert.ok(rows.length >= 5, `only ${rows.length} changes listed`);
  await saveScreenshot(browser, "changes-activity");
});

test("a read-only profile shows no write controls", async () => {
  await go("#/connect");
  await byTestId(browser, "page-connect").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "connect-name").addValue("Read only");
  await byTestId(browser, "connect-url").addValue(readOnlyTenant.url);
  await byTestId(browser, "connect-token").addValue(READ_ONLY_TOKEN);
  await byTestId(browser, "connect-read-only").click();
  await byTestId(browser, "connect-save").click();
  await browser.waitUntil(async () => (await textOf("tenant-badge")).includes("Read only"), {
    timeout: WAIT_MS,
    timeoutMsg: "the read-only profile never connected",
  });
  await go("#/r/users");
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });
  assert.equal(await byTestId(browser, "create-button").isExisting(), false);
  await ui.openFirstRow(browser);
  await byTestId(browser, "detail-users").waitForDisplayed({ timeout: WAIT_MS });
  for (const control of ["edit-button", "delete-button", "actions-menu"]) {
    assert.equal(await byTestId(browser, control).isExisting(), false, `${control} is shown`);
  }
  await saveScreenshot(browser, "changes-read-only");
});
