// Browsing the demo network in the real window: every resource of the navigation opens and
// shows records or an explained empty state; a filter round trip through the URL and back
// button; charge point → EVSE → connector by links; a charge point's location named beside its
// id in the list and in the record, and opened from there; a session's connector reference
// opens that connector; an export whose row count matches.

import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, saveScreenshot } from "../lib/app.mjs";
import { launchOnDemo, openFirstRow } from "../lib/ui.mjs";

const WAIT_MS = 20000;

let browser;

before(async () => {
  browser = await launchOnDemo();
});

after(async () => {
  await browser?.deleteSession();
});

/** The test ids of every element whose test id starts with `prefix`, in page order. */
function testIdsStartingWith(prefix) {
  return browser.execute(
    (start) =>
      [...document.querySelectorAll(`[data-testid^="${start}"]`)].map((element) =>
        element.getAttribute("data-testid"),
      ),
    prefix,
  );
}

async function openAllSections() {
  for (const section of await testIdsStartingWith("nav-section-")) {
    const element = byTestId(browser, section);
    if ((await element.getAttribute("data-expanded")) === null) {
      await element.scrollIntoView({ block: "center" });
      await element.click();
    }
  }
  // Let the groups finish unfolding, so links stop moving before they are clicked.
  await browser.pause(600);
}

/** Clicks a navigation link once it is visible and still, and waits for its screen's URL. */
async function clickNavLink(testId) {
  const link = byTestId(browser, testId);
  await link.scrollIntoView({ block: "center" });
  if (!(await link.isClickable())) {
    // A group may have folded (or not finished unfolding): open the groups and look again.
    await openAllSections();
    await link.scrollIntoView({ block: "center" });
  }
  try {
    await link.waitForClickable({ timeout: WAIT_MS });
  } catch (error) {
    await saveScreenshot(browser, `browse-not-clickable-${testId}`);
    throw error;
  }
  const href = await link.getAttribute("href");
  await link.click();
  await browser.waitUntil(async () => (await browser.getUrl()).endsWith(href.replace(/^\//, "")), {
    timeout: WAIT_MS,
    timeoutMsg: `${testId} did not open ${href}`,
  });
}

/** Waits until a listing shows rows, its empty state or an error, and says which. */
async function listOutcome(key) {
  await byTestId(browser, `list-${key}`).waitForDisplayed({ timeout: WAIT_MS });
  let outcome = "";
  await browser.waitUntil(
    async () => {
      outcome = await browser.execute((resourceKey) => {
        const list = document.querySelector(`[data-testid="list-${resourceKey}"]`);
        if (!list) return "";
        for (const id of ["list-error", "browse-not-connected", "list-empty", "list-row"]) {
          if (list.querySelector(`[data-testid="${id}"]`)) return id;
        }
        return "";
      }, key);
      return outcome !== "";
    },
    { timeout: WAIT_MS, timeoutMsg: `the ${key} listing never finished loading` },
  );
  return outcome;
}

async function errorText(testId) {
  const element = byTestId(browser, testId);
  return (await element.isExisting()) ? element.getText() : "";
}

/** Turns on Settings → "Show older API versions", so the navigation lists every version. */
async function showOlderVersions() {
  await byTestId(browser, "nav-settings").click();
  await byTestId(browser, "page-settings").waitForDisplayed({ timeout: WAIT_MS });
  const toggle = byTestId(browser, "setting-show-older-versions");
  await toggle.waitForExist({ timeout: WAIT_MS });
  // Mantine draws the switch over a visually hidden checkbox: its label takes the click.
  await browser.$(`label[for="${await toggle.getAttribute("id")}"]`).click();
  await browser.waitUntil(() => toggle.isSelected(), {
    timeout: WAIT_MS,
    timeoutMsg: "the older-versions setting did not turn on",
  });
}

test("every resource in the navigation opens without an error, older API versions too", async () => {
  await showOlderVersions();
  await openAllSections();
  const links = await testIdsStartingWith("nav-resource-");
  assert.ok(links.length > 70, `only ${links.length} resources in the navigation`);
  const older = await testIdsStartingWith("nav-deprecated-");
  assert.ok(older.length >= 15, `only ${older.length} older versions in the navigation`);
  const failures = [];
  let withRows = 0;
  for (const link of links) {
    const key = link.slice("nav-resource-".length);
    await clickNavLink(link);
    const detail = byTestId(browser, `detail-${key}`);
    if (await detail.isExisting()) {
      // One-record resources (settings) open their record instead of a listing.
      await byTestId(browser, "detail-tab-fields").waitForDisplayed({ timeout: WAIT_MS });
      const problem = await errorText("detail-error");
      if (problem) failures.push(`${key}: ${problem}`);
      continue;
    }
    const outcome = await listOutcome(key);
    if (outcome === "list-row") withRows += 1;
    if (outcome === "list-error" || outcome === "browse-not-connected") {
      failures.push(`${key}: ${await errorText("list-error")}`);
    }
  }
  await saveScreenshot(browser, "browse-last-resource");
  assert.deepEqual(failures, []);
  assert.ok(withRows > links.length / 2, `only ${withRows} of ${links.length} listings had rows`);
});

test("a filter shows as a chip, lives in the URL and goes away with the back button", async () => {
  await openAllSections();
  await clickNavLink("nav-resource-charge-points");
  assert.equal(await listOutcome("charge-points"), "list-row");
  // The README's picture of Plugdesk: the demo network's charge points.
  await saveScreenshot(browser, "readme-charge-points");
  await byTestId(browser, "filter-toggle").click();
  await byTestId(browser, "filter-type").waitForClickable({ timeout: WAIT_MS });
  await byTestId(browser, "filter-type").click();
  const option = byTestId(browser, "filter-option-type-public");
  await option.waitForDisplayed({ timeout: WAIT_MS });
  await option.click();
  const chip = byTestId(browser, "filter-chip-type");
  await chip.waitForDisplayed({ timeout: WAIT_MS });
  // WebKit reports no visible text for the pill's clipped label; read its text content.
  const chipText = await browser.execute(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? "",
    "filter-chip-type",
  );
  assert.match(chipText, /Public/);
  const url = decodeURIComponent(await browser.getUrl());
  assert.match(url, /filter=.*public/);
  assert.match(await listOutcome("charge-points"), /list-row|list-empty/);
  await saveScreenshot(browser, "browse-filtered");

  await browser.back();
  await browser.waitUntil(async () => !(await byTestId(browser, "filter-chip-type").isExisting()), {
    timeout: WAIT_MS,
    timeoutMsg: "the back button did not remove the filter",
  });
  assert.doesNotMatch(decodeURIComponent(await browser.getUrl()), /public/);
});

test("a charge point leads to its EVSEs and an EVSE to its connectors", async () => {
  await openAllSections();
  await clickNavLink("nav-resource-charge-points");
  assert.equal(await listOutcome("charge-points"), "list-row");
  await openFirstRow(browser);
  await byTestId(browser, "detail-charge-points").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "detail-tab-fields").waitForDisplayed({ timeout: WAIT_MS });

  await saveScreenshot(browser, "browse-charge-point");
  await byTestId(browser, "detail-child-charge-points.evses").click();
  assert.equal(await listOutcome("charge-points.evses"), "list-row");
  await openFirstRow(browser);
  await byTestId(browser, "detail-charge-points.evses").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "detail-tab-fields").waitForDisplayed({ timeout: WAIT_MS });
  assert.equal(await errorText("detail-error"), "");

  await byTestId(browser, "detail-child-charge-points.evses.connectors").click();
  assert.equal(await listOutcome("charge-points.evses.connectors"), "list-row");
  await saveScreenshot(browser, "browse-connectors");
});

test("a charge point shows its location's name beside the id, in the list and in its record", async () => {
  await openAllSections();
  await clickNavLink("nav-resource-charge-points");
  assert.equal(await listOutcome("charge-points"), "list-row");
  const cell = browser.$('[data-testid="list-row"] [data-testid="cell-link-locationId"]');
  await cell.waitForDisplayed({ timeout: WAIT_MS });
  // The id shows at once; the name fills in: "Munich Central · #12".
  let named = "";
  await browser.waitUntil(
    async () => /^\S.* · #\d+$/.test((named = (await cell.getText()).trim())),
    { timeout: WAIT_MS, timeoutMsg: `the location cell still reads "${named}"` },
  );
  const locationId = named.slice(named.lastIndexOf("#") + 1);

  // The same charge point's record names its location the same way, still as a link.
  await openFirstRow(browser);
  await byTestId(browser, "detail-charge-points").waitForDisplayed({ timeout: WAIT_MS });
  const field = byTestId(browser, "reference-locationId");
  await field.waitForDisplayed({ timeout: WAIT_MS });
  await browser.waitUntil(async () => (await field.getText()).trim() === named, {
    timeout: WAIT_MS,
    timeoutMsg: `the location field does not read "${named}"`,
  });
  await field.click();
  await byTestId(browser, "detail-locations").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(
    decodeURIComponent(await browser.getUrl()),
    new RegExp(`/r/locations/${locationId}`),
  );
  assert.equal(await errorText("detail-error"), "");
});

test("a session's connector reference opens the connector it names", async () => {
  await openAllSections();
  await clickNavLink("nav-resource-sessions");
  assert.equal(await listOutcome("sessions"), "list-row");
  await openFirstRow(browser);
  await byTestId(browser, "detail-sessions").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "detail-tab-fields").waitForDisplayed({ timeout: WAIT_MS });
  assert.equal(await errorText("detail-error"), "");

  // The connector is addressed through the session's charge point and EVSE.
  const connector = byTestId(browser, "reference-connectorId");
  await connector.waitForDisplayed({ timeout: WAIT_MS });
  await connector.scrollIntoView({ block: "center" });
  await saveScreenshot(browser, "browse-session-references");
  await connector.click();
  await byTestId(browser, "detail-charge-points.evses.connectors").waitForDisplayed({
    timeout: WAIT_MS,
  });
  await byTestId(browser, "detail-tab-fields").waitForDisplayed({ timeout: WAIT_MS });
  assert.equal(await errorText("detail-error"), "");
  assert.match(
    decodeURIComponent(await browser.getUrl()),
    /\/r\/charge-points\.evses\.connectors\/\d+\?path=/,
  );
  await saveScreenshot(browser, "browse-session-connector");
});

test("an export writes every record of the listing", async () => {
  await openAllSections();
  await clickNavLink("nav-resource-user-groups");
  assert.equal(await listOutcome("user-groups"), "list-row");
  const total = Number(await byTestId(browser, "list-summary").getAttribute("data-total"));
  assert.ok(total > 0, "the listing reports no total");

  await byTestId(browser, "export-button").click();
  await byTestId(browser, "export-jsonl").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "export-jsonl").click();
  const summary = byTestId(browser, "export-summary");
  await summary.waitForExist({ timeout: 60000 });
  assert.equal(Number(await summary.getAttribute("data-written")), total);
  // The file itself, written by the Rust side into the Downloads folder of this run.
  const path = await summary.getAttribute("data-path");
  assert.ok(path.startsWith(process.env.PLUGDESK_E2E_DOWNLOADS), `saved to ${path}`);
  const lines = readFileSync(path, "utf8").trim().split("\n");
  assert.equal(lines.length, total);
  JSON.parse(lines[0]);
  await saveScreenshot(browser, "browse-exported");
});
