// Home in the real window on the demo network: every widget becomes ready; its numbers match
// the lists they open (and the listings themselves, read through the app's own list command);
// the faulted segment opens exactly the faulted EVSEs; a screenshot of Home goes to docs/.

import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, saveScreenshot } from "../lib/app.mjs";
import { WAIT_MS, go, launchOnDemo, press, textOf } from "../lib/ui.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const docs = resolve(here, "..", "..", "docs");
const WIDGETS = ["charger-status", "charging-now", "energy", "revenue", "attention", "counts"];

let browser;

before(async () => {
  browser = await launchOnDemo();
});

after(async () => {
  await browser?.deleteSession();
});

async function widgetState(name) {
  return browser.execute(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute("data-state") ?? "",
    `home-widget-${name}`,
  );
}

async function waitForWidgets() {
  for (const name of WIDGETS) {
    await browser.waitUntil(
      async () => ["ready", "empty", "error"].includes(await widgetState(name)),
      {
        timeout: 60000,
        timeoutMsg: `the ${name} widget never finished`,
      },
    );
  }
}

async function backHome() {
  await go(browser, "#/");
  await byTestId(browser, "home-dashboard").waitForDisplayed({ timeout: WAIT_MS });
  await waitForWidgets();
}

/** Every record of a listing, read page by page through the app's own list command. */
function allRecords(operation) {
  return browser.executeAsync((op, done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const records = [];
    // Every call names the connection it is meant for, as the window's own calls do.
    let tenant = 0;
    const walk = async (cursor) => {
      const page = await invoke("list_records", {
        requestId: `e2e-home-${op}-${cursor}`,
        tenant,
        operation: op,
        request: { query: { cursor, perPage: 100 } },
      });
      records.push(...page.records);
      if (page.next && "cursor" in page.next) return walk(page.next.cursor);
      return records;
    };
    invoke("session_status")
      .then((status) => {
        tenant = status.active?.generation ?? 0;
        return walk("");
      })
      .then(done, (error) => done({ error: String(error?.message ?? error) }));
  }, operation);
}

/** The number of rows a list screen shows once its rows arrived. */
async function listRows(key) {
  await byTestId(browser, `list-${key}`).waitForDisplayed({ timeout: WAIT_MS });
  let rows = -1;
  await browser.waitUntil(
    async () => {
      rows = await browser.execute((resourceKey) => {
        const list = document.querySelector(`[data-testid="list-${resourceKey}"]`);
        if (!list) return -1;
        if (list.querySelector('[data-testid="list-empty"]')) return 0;
        const found = list.querySelectorAll('[data-testid="list-row"]').length;
        return found > 0 ? found : -1;
      }, key);
      return rows >= 0;
    },
    { timeout: WAIT_MS, timeoutMsg: `the ${key} list never showed its rows` },
  );
  return rows;
}

test("every widget of Home becomes ready on the demo network", async () => {
  await byTestId(browser, "home-dashboard").waitForDisplayed({ timeout: WAIT_MS });
  await waitForWidgets();
  for (const name of WIDGETS) {
    assert.equal(await widgetState(name), "ready", `${name} is ready`);
    assert.match(await textOf(browser, `home-widget-${name}-as-of`), /^as of \d{1,2}[:.]\d{2}/);
  }
  assert.ok(
    (await browser.$$('[data-testid^="home-revenue-"][data-testid$="-total"]').length) >= 2,
    "revenue in two currencies or more",
  );
  mkdirSync(docs, { recursive: true });
  const shot = await saveScreenshot(browser, "home");
  copyFileSync(shot, join(docs, "home.png"));
});

test("the faulted segment opens exactly the faulted EVSEs, each opening its record", async () => {
  const evses = await allRecords("evsesListing");
  assert.ok(Array.isArray(evses), JSON.stringify(evses));
  const faulted = evses.filter((e) => e.hardwareStatus === "faulted").map((e) => String(e.id));
  assert.ok(faulted.length > 0, "the demo network has faulted EVSEs");
  const segment = byTestId(browser, "home-segment-evses-faulted");
  assert.equal(Number(await segment.getAttribute("data-count")), faulted.length);
  await press(browser, "home-segment-evses-faulted");
  await byTestId(browser, "home-segment-records").waitForDisplayed({ timeout: WAIT_MS });
  const listed = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="home-segment-record"]')].map((row) =>
      row.getAttribute("data-id"),
    ),
  );
  assert.deepEqual([...listed].sort(), [...faulted].sort());
  await browser.$('[data-testid="home-segment-record"] a').click();
  await byTestId(browser, "detail-evses").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(await browser.getUrl(), new RegExp(`/r/evses/${listed[0]}`));
  await press(browser, "detail-tab-raw");
  assert.match(await textOf(browser, "detail-raw-json"), /"hardwareStatus":\s*"faulted"/);
  await backHome();
});

test("numbers on Home match the lists they open", async () => {
  // Charging now → the active sessions list.
  const active = Number((await textOf(browser, "home-charging-count")).replace(/\D/g, ""));
  assert.ok(active > 0, "sessions are charging on the demo network");
  await press(browser, "home-charging-list");
  assert.equal(await listRows("sessions"), active);
  await backHome();

  // Counts → their lists (the demo has fewer locations than a page holds).
  const locations = Number(
    (await textOf(browser, "home-count-locations-value")).replace(/\D/g, ""),
  );
  await press(browser, "home-count-locations-list");
  assert.equal(await listRows("locations"), locations);
  await backHome();
  const chargePoints = await allRecords("chargePointsListing");
  const counted = Number(
    (await textOf(browser, "home-count-chargePoints-value")).replace(/\D/g, ""),
  );
  assert.equal(counted, chargePoints.length);

  // Needs attention → the filtered lists and the records themselves.
  for (const [kind, key] of [
    ["failedPayments", "sessions"],
    ["pendingBookingRequests", "booking-requests"],
  ]) {
    const count = Number(
      await byTestId(browser, `home-attention-${kind}`).getAttribute("data-count"),
    );
    assert.ok(count > 0, `${kind} has something`);
    await press(browser, `home-attention-${kind}-list`);
    assert.equal(await listRows(key), count, kind);
    await backHome();
  }
  const offline = chargePoints.filter((c) =>
    ["temporarily_unavailable", "long-term_unavailable", "never_connected"].includes(
      c.networkStatus,
    ),
  );
  assert.equal(
    Number(
      await byTestId(browser, "home-attention-offlineChargePoints").getAttribute("data-count"),
    ),
    offline.length,
  );
  assert.equal(
    Number(
      await byTestId(browser, "home-attention-openDowntimePeriods").getAttribute("data-count"),
    ),
    1,
  );
  await browser.$('[data-testid="home-attention-openDowntimePeriods-record"]').click();
  await byTestId(browser, "detail-charge-point-downtime-periods").waitForDisplayed({
    timeout: WAIT_MS,
  });
  await backHome();
});

test("the time range is remembered and Today counts by hour", async () => {
  await browser.execute(() => {
    document.querySelector('[data-testid="home-range"] input[value="today"]')?.click();
  });
  await browser.waitUntil(
    async () =>
      (await browser.execute(() => window.localStorage.getItem("plugdesk.home.range"))) ===
      '"today"',
    { timeout: WAIT_MS, timeoutMsg: "the range was not remembered" },
  );
  await waitForWidgets();
  assert.ok(["ready", "empty"].includes(await widgetState("energy")));
  // Away and back: Home opens afresh with the range chosen before.
  await go(browser, "#/settings");
  await byTestId(browser, "page-settings").waitForDisplayed({ timeout: WAIT_MS });
  await go(browser, "#/");
  await byTestId(browser, "home-dashboard").waitForDisplayed({ timeout: WAIT_MS });
  const checked = await browser.execute(
    () => document.querySelector('[data-testid="home-range"] input:checked')?.value ?? "",
  );
  assert.equal(checked, "today");
});
