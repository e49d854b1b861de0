// A tenant that drifts from the spec the way real ones do: the demo tenant rewrites a share of
// its answers (unknown fields and enum values, numbers sent as text, nulls, missing fields).
// The listings an operator uses daily (and two one-record screens) must still open and show
// their records; the first record of each must open with its fields; its edit form must open.
// `PLUGDESK_E2E_DRIFT=all` walks every listing of the navigation, older API versions included
// (about ten minutes on two cores, too long for every test run).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";

import { byTestId, launchApp, saveScreenshot } from "../lib/app.mjs";
import { startDemoTenant } from "../lib/demoTenant.mjs";
import {
  firstValueCell,
  go,
  testIdsStartingWith as idsStartingWith,
  textOf,
  WAIT_MS,
} from "../lib/ui.mjs";

const TOKEN = `e2e-drift-${randomUUID()}`;
/** A third of the answers drift: most screens see drift, and pages before and after it mix. */
const DRIFT_RATE = 0.35;
const EVERY_SCREEN = process.env.PLUGDESK_E2E_DRIFT === "all";
/** The screens checked on every run: the core resources, lists and one-record screens. */
const CORE_SCREENS = new Set([
  "charge-points",
  "evses",
  "sessions",
  "users",
  "id-tags",
  "locations",
  "invoices",
  "transactions",
  "tariffs",
  "tariff-groups",
  "reservations",
  "subscriptions",
  "partners",
  "circuits",
  "vouchers",
  "settings",
  "contact-details",
]);

let tenant;
let browser;

before(async () => {
  tenant = await startDemoTenant({ token: TOKEN, driftRate: DRIFT_RATE });
  browser = await launchApp();
});

after(async () => {
  await browser?.deleteSession();
  await tenant?.stop();
});

const testIdsStartingWith = (prefix) => idsStartingWith(browser, prefix);

/**
 * Waits until the screen settles and says what it shows: `rows` (with whether the first row
 * opens a record), `empty`, `record` (one-record resources), or `error: <text>`.
 */
async function screenState(key) {
  let state = null;
  await browser.waitUntil(
    async () => {
      state = await browser.execute((resourceKey) => {
        const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.innerText ?? "";
        const detail = document.querySelector(`[data-testid="detail-${resourceKey}"]`);
        if (detail) {
          if (detail.querySelector('[data-testid="detail-error"]'))
            return { kind: "error", text: text("detail-error") };
          return detail.querySelector('[data-testid^="detail-field-"]') ? { kind: "record" } : null;
        }
        const list = document.querySelector(`[data-testid="list-${resourceKey}"]`);
        if (!list) return null;
        if (list.querySelector('[data-testid="list-error"]'))
          return { kind: "error", text: text("list-error") };
        if (list.querySelector('[data-testid="list-empty"]')) return { kind: "empty" };
        const row = list.querySelector('[data-testid="list-row"]');
        if (row) return { kind: "rows", opens: row.getAttribute("tabindex") === "0" };
        return null;
      }, key);
      return state !== null;
    },
    { timeout: WAIT_MS, timeoutMsg: `the ${key} screen never settled` },
  );
  return state;
}

/**
 * Waits for the opened record's fields (or its error); returns the error text or "". A row may
 * open its record on another screen (an older version's record on its replacement's), so any
 * record screen counts.
 */
async function recordState() {
  let problem = null;
  await browser.waitUntil(
    async () => {
      problem = await browser.execute(() => {
        const tab = document.querySelector('[data-testid="detail-tab-fields"]');
        const error = document.querySelector('[data-testid="detail-error"]');
        if (error) return error.innerText || "error";
        if (!tab) return null;
        return document.querySelector('[data-testid^="detail-field-"]') ? "" : null;
      });
      return problem !== null;
    },
    { timeout: WAIT_MS, timeoutMsg: "the record never opened" },
  );
  return problem;
}

/** Opens the record's edit form, checks it shows fields, and closes it; returns a problem or "". */
async function editFormProblem() {
  const edit = byTestId(browser, "edit-button");
  if (!(await edit.isExisting())) return "";
  await edit.click();
  const form = byTestId(browser, "record-form");
  try {
    await form.waitForDisplayed({ timeout: WAIT_MS });
  } catch {
    await saveScreenshot(browser, "drift-edit-form-did-not-open");
    return "the edit form did not open";
  }
  const broken = await browser.execute(() => {
    const form = document.querySelector('[data-testid="record-form"]');
    return form?.closest('[role="dialog"]')?.querySelector('[data-testid="error-notice"]')
      ?.innerText;
  });
  await browser.keys("Escape");
  await browser.waitUntil(async () => !(await form.isExisting()), {
    timeout: WAIT_MS,
    timeoutMsg: "the edit form did not close",
  });
  return broken ? `edit form: ${broken}` : "";
}

test("connects to a drifting tenant", async () => {
  await byTestId(browser, "home-connect").click();
  await byTestId(browser, "page-connect").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "connect-name").addValue("Drifting");
  await byTestId(browser, "connect-url").addValue(tenant.url);
  await byTestId(browser, "connect-token").addValue(TOKEN);
  await byTestId(browser, "connect-save").click();
  await byTestId(browser, "page-home").waitForDisplayed({ timeout: WAIT_MS });
  await browser.waitUntil(async () => (await textOf(browser, "tenant-badge")) === "Drifting", {
    timeout: WAIT_MS,
    timeoutMsg: "the drifting tenant never connected",
  });
});

test("every listing, a record of each and its edit form open despite the drift", async () => {
  // Older API versions too: they are screens of their own.
  await byTestId(browser, "nav-settings").click();
  const toggle = byTestId(browser, "setting-show-older-versions");
  await toggle.waitForExist({ timeout: WAIT_MS });
  await browser.$(`label[for="${await toggle.getAttribute("id")}"]`).click();
  for (const section of await testIdsStartingWith("nav-section-")) {
    const element = byTestId(browser, section);
    if ((await element.getAttribute("data-expanded")) === null) {
      await element.scrollIntoView({ block: "center" });
      await element.click();
    }
  }
  // Each link's own address: one-record resources (settings) open their record, not a listing.
  const allLinks = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid^="nav-resource-"]')].map((link) => ({
      key: link.getAttribute("data-testid").slice("nav-resource-".length),
      href: link.getAttribute("href") ?? "",
    })),
  );
  assert.ok(allLinks.length > 70, `only ${allLinks.length} resources in the navigation`);
  const links = EVERY_SCREEN ? allLinks : allLinks.filter((link) => CORE_SCREENS.has(link.key));
  const keys = links.map((link) => link.key);
  if (!EVERY_SCREEN) assert.equal(keys.length, CORE_SCREENS.size, "a core screen is missing");

  const failures = [];
  let withRows = 0;
  let records = 0;
  let forms = 0;
  assert.ok(
    links.every((link) => link.href.includes("#/")),
    `navigation links are not hash routes: ${links[0]?.href}`,
  );
  for (const { key, href } of links) {
    // The router renders hash links as "#/r/…" or "/#/r/…": the route is what follows the "#".
    await go(browser, href.slice(href.indexOf("#") + 1));
    const state = await screenState(key).catch(() => ({
      kind: "error",
      text: "the screen never settled",
    }));
    if (state.kind === "error") {
      failures.push(`${key}: ${state.text}`);
      continue;
    }
    if (state.kind === "record") {
      records += 1;
      const problem = await editFormProblem();
      if (problem) failures.push(`${key}: ${problem}`);
      continue;
    }
    if (state.kind !== "rows") continue;
    withRows += 1;
    if (!state.opens) continue;
    await firstValueCell(browser).click();
    const problem = await recordState().catch(() => "its record never opened");
    if (problem) {
      failures.push(`${key} record: ${problem}`);
      continue;
    }
    records += 1;
    if (await byTestId(browser, "edit-button").isExisting()) forms += 1;
    const formProblem = await editFormProblem();
    if (formProblem) failures.push(`${key}: ${formProblem}`);
  }
  await saveScreenshot(browser, "drift-last-screen");
  console.log(
    `drift: ${keys.length} listings, ${withRows} with rows, ${records} records opened, ${forms} edit forms opened`,
  );
  assert.deepEqual(failures, []);
  assert.ok(withRows > keys.length / 2, `only ${withRows} of ${keys.length} listings had rows`);
  assert.ok(forms > (EVERY_SCREEN ? 20 : 8), `only ${forms} edit forms opened`);
});
