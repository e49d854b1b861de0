// Every screen leads with what an operator needs, in the real window on the demo network: the
// charge point, session and user detail screens open on their summary (name, status badges,
// place), before any field; an action's answer and the activity log say what happened in words,
// with the HTTP method and operation id only under "Technical details".

import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, saveScreenshot } from "../lib/app.mjs";
import { WAIT_MS, go, launchOnDemo, openFirstRow, press, textOf } from "../lib/ui.mjs";

const docs = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs");

let browser;

before(async () => {
  browser = await launchOnDemo();
});

after(async () => {
  await browser?.deleteSession();
});

/** Saves a screenshot and, with PLUGDESK_E2E_DOCS=1, copies it to `docs/<name>.png`. */
async function picture(name) {
  const path = await saveScreenshot(browser, `screens-${name}`);
  if (process.env.PLUGDESK_E2E_DOCS === "1") {
    mkdirSync(docs, { recursive: true });
    copyFileSync(path, join(docs, `${name}.png`));
  }
}

/**
 * Opens the first record of a listing and waits for its summary; answers what the summary
 * shows and whether it comes first on the screen, above the related links and the fields.
 */
async function openFirstDetail(resource) {
  await go(browser, `#/r/${resource}`);
  await byTestId(browser, `list-${resource}`).waitForDisplayed({ timeout: WAIT_MS });
  await openFirstRow(browser);
  await byTestId(browser, `detail-${resource}`).waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "detail-summary").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "detail-tab-fields").waitForDisplayed({ timeout: WAIT_MS });
  return browser.execute((key) => {
    const detail = document.querySelector(`[data-testid="detail-${key}"]`);
    const summary = detail.querySelector('[data-testid="detail-summary"]');
    const fields = detail.querySelector('[data-testid="detail-tab-fields"]');
    const text = (id) => summary.querySelector(`[data-testid="${id}"]`)?.innerText.trim() ?? "";
    return {
      first: detail.firstElementChild === summary,
      above: summary.getBoundingClientRect().bottom <= fields.getBoundingClientRect().top,
      // In view without scrolling.
      inView: summary.getBoundingClientRect().top < window.innerHeight / 2,
      title: text("detail-title"),
      badges: [...summary.querySelectorAll('[data-testid^="summary-badge-"]')].map((badge) => [
        badge.getAttribute("data-testid").replace("summary-badge-", ""),
        badge.innerText.trim(),
      ]),
      place: [...summary.querySelectorAll('[data-testid^="place-"]')].map((link) =>
        link.getAttribute("data-testid"),
      ),
      facts: [...summary.querySelectorAll('[data-testid^="detail-fact-"]')].map((fact) =>
        fact.getAttribute("data-testid").replace("detail-fact-", ""),
      ),
    };
  }, resource);
}

test("a charge point opens on its name, its three statuses and its location", async () => {
  const summary = await openFirstDetail("charge-points");
  assert.ok(summary.first && summary.above && summary.inView, JSON.stringify(summary));
  assert.ok(summary.title !== "" && !/^Charge point #/.test(summary.title), summary.title);
  assert.deepEqual(
    summary.badges.map(([field]) => field),
    ["status", "hardwareStatus", "networkStatus"],
  );
  // Badges say what they are in words, not by colour alone.
  assert.match(summary.badges[1][1], /^Hardware status: \S/);
  assert.deepEqual(summary.place, ["place-location"]);
  // Its EVSEs and sessions are one click away; the other related listings under "More".
  await byTestId(browser, "detail-child-charge-points.evses").waitForDisplayed();
  await byTestId(browser, "detail-related-sessions").waitForDisplayed();
  await byTestId(browser, "detail-related-more").waitForDisplayed();
  // Rarely needed fields wait under "More details".
  assert.equal(await byTestId(browser, "detail-more").isDisplayed(), false);
  await picture("charge-point");
});

test("a session opens on its status, where it ran and its key facts", async () => {
  const summary = await openFirstDetail("sessions");
  assert.ok(summary.first && summary.above && summary.inView, JSON.stringify(summary));
  assert.match(summary.title, /^Session #\d+$/);
  assert.equal(summary.badges[0][0], "status");
  assert.ok(summary.place.includes("place-charge-point"), summary.place.join());
  assert.deepEqual(
    summary.facts.filter((fact) => ["userId", "startedAt", "energy", "amount"].includes(fact)),
    ["userId", "startedAt", "energy", "amount"],
  );
  assert.ok(summary.facts.includes("duration-startedAt-stoppedAt"));
  // The location is borrowed from the charge point once its record arrives.
  await byTestId(browser, "place-location").waitForDisplayed({ timeout: WAIT_MS });
  await picture("session");
});

test("a user opens on their name, not their e-mail, and their sessions are one click away", async () => {
  const summary = await openFirstDetail("users");
  assert.ok(summary.first && summary.above && summary.inView, JSON.stringify(summary));
  assert.ok(summary.title !== "" && !summary.title.includes("@"), summary.title);
  assert.equal(summary.badges[0][0], "status");
  await press(browser, "detail-related-sessions");
  await byTestId(browser, "list-sessions").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(decodeURIComponent(await browser.getUrl()), /filter=.*userId/);
  await browser.back();
  await byTestId(browser, "detail-summary").waitForDisplayed({ timeout: WAIT_MS });
  await picture("user");
});

test("an action's answer and the activity log speak in words; the request is a click away", async () => {
  await openFirstDetail("charge-points");
  await press(browser, "actions-menu");
  await press(browser, "action-chargePointChangeAvailability");
  const field = byTestId(browser, "form-field-type");
  await field.waitForDisplayed({ timeout: WAIT_MS });
  await field.$('input[role="combobox"], input').click();
  const option = browser.$('[role="option"]=Operative');
  await option.waitForDisplayed({ timeout: WAIT_MS });
  await option.click();
  await press(browser, "form-submit");
  await byTestId(browser, "action-result").waitForDisplayed({ timeout: WAIT_MS });
  const answer = await textOf(browser, "action-result");
  assert.match(
    answer,
    /^Change availability · (sent to the charger, waiting for it to confirm|done)/,
  );
  assert.doesNotMatch(answer, /\bPOST\b|chargePointChangeAvailability|\b202\b/);
  await press(browser, "action-result-technical-toggle");
  // Shown once it has unfolded.
  await browser.waitUntil(
    async () => /POST .*change-availability/.test(await textOf(browser, "action-result-technical")),
    { timeout: WAIT_MS, timeoutMsg: "the technical details never showed the request" },
  );
  await browser.keys("Escape");

  await go(browser, "#/activity");
  await byTestId(browser, "activity-table").waitForDisplayed({ timeout: WAIT_MS });
  const shown = await textOf(browser, "activity-table");
  assert.match(shown, /Change availability · /);
  assert.doesNotMatch(shown, /\b(GET|POST|PUT|PATCH|DELETE)\b/);
  assert.doesNotMatch(shown, /chargePointChangeAvailability|\/public-api\//);
  await picture("activity");
  const row = browser.$('[data-testid="activity-row"]');
  await press(browser, "activity-technical-toggle", { within: row });
  await browser.waitUntil(
    async () =>
      /POST .*change-availability[\s\S]*chargePointChangeAvailability/.test(
        await browser.execute(
          () =>
            document.querySelector(
              '[data-testid="activity-row"] [data-testid="activity-technical"]',
            )?.innerText ?? "",
        ),
      ),
    { timeout: WAIT_MS, timeoutMsg: "the entry's technical details never showed the request" },
  );
});

test("a finished export offers its file and folder, clear of the Export button", async () => {
  await go(browser, "#/r/user-groups");
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });
  await press(browser, "export-button");
  await press(browser, "export-csv");
  const open = byTestId(browser, "export-open-file");
  await open.waitForDisplayed({ timeout: 60000 });
  await byTestId(browser, "export-show-folder").waitForDisplayed();
  // The toast sits clear of the control that started it.
  const overlap = await browser.execute(() => {
    const box = (id) => document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
    const button = box("export-button");
    const toast = document
      .querySelector('[data-testid="export-open-file"]')
      .closest(".mantine-Notification-root")
      .getBoundingClientRect();
    return !(
      toast.right <= button.left ||
      toast.left >= button.right ||
      toast.bottom <= button.top ||
      toast.top >= button.bottom
    );
  });
  assert.equal(overlap, false);
  await picture("export");
  // The window may open export files and the Downloads folder, and nothing else.
  const path = await byTestId(browser, "export-summary").getAttribute("data-path");
  const tryOpen = (target) =>
    browser.executeAsync((file, done) => {
      window.__TAURI_INTERNALS__
        .invoke("plugin:opener|open_path", { path: file })
        .then(() => done("opened"))
        .catch((error) => done(`refused: ${error}`));
    }, target);
  const forbidden = /^refused: Not allowed to open path/;
  assert.match(await tryOpen("/etc/hostname"), forbidden);
  assert.match(await tryOpen(`${path}.sh`), forbidden);
  // The export itself passes the scope and goes to the desktop's launcher (which, on a test
  // display with no applications, may have nothing to open it with).
  assert.doesNotMatch(await tryOpen(path), forbidden);
});
