// Lists in the real window on the demo network lead with what an operator needs: the sessions
// open on the last 7 days, newest first, with their key columns in view (a screenshot of it
// goes to docs/); removing the window's chip shows every session and stays removed; charge
// points show their hardware and network status as coloured labels; a row's Delete waits in
// its menu; Load all brings a listing of many pages to its end.

import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, saveScreenshot } from "../lib/app.mjs";
import { WAIT_MS, go, launchOnDemo, press } from "../lib/ui.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const docs = resolve(here, "..", "..", "docs");

let browser;

before(async () => {
  browser = await launchOnDemo();
});

after(async () => {
  await browser?.deleteSession();
});

/**
 * The column headings fully inside the table's visible part, in order: left of the row buttons
 * pinned to its right edge, which cover whatever scrolls under them.
 */
function headingsInView() {
  return browser.execute(() => {
    const table = document.querySelector('[data-testid="record-table"]');
    if (!table) return [];
    const frame = table.getBoundingClientRect();
    const pinned = table.querySelector('[data-column="row-actions"]');
    const right = pinned ? pinned.getBoundingClientRect().left : frame.right;
    return [...table.querySelectorAll('[role="columnheader"]')]
      .filter((heading) => {
        if (heading === pinned) return false;
        const box = heading.getBoundingClientRect();
        return box.left >= frame.left - 1 && box.right <= right + 1 && box.width > 0;
      })
      .map((heading) => heading.textContent.trim());
  });
}

/** The text of one chip, read from the DOM (WebKit reports clipped pill labels as empty). */
function chipText(testId) {
  return browser.execute(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? "",
    testId,
  );
}

async function waitForRows() {
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });
}

test("the session list opens on the last 7 days, newest first, key columns in view", async () => {
  await go(browser, "#/r/sessions");
  await waitForRows();
  const chip = byTestId(browser, "filter-chip-startedAfter");
  await chip.waitForDisplayed({ timeout: WAIT_MS });
  assert.match(await chipText("filter-chip-startedAfter"), /Started in the last 7 days/);

  // The row buttons come after the rows paint; the key columns stay in view beside them.
  await byTestId(browser, "actions-menu").waitForDisplayed({ timeout: WAIT_MS });
  const headings = await headingsInView();
  for (const wanted of ["Started at", "Charge point", "User", "Energy", "Amount", "Status"]) {
    assert.ok(
      headings.some((heading) => heading.startsWith(wanted)),
      `${wanted} in view: ${headings}`,
    );
  }
  // Reference columns show names, so their headings name the record, not its id.
  for (const idHeading of ["Charge point ID", "User ID"]) {
    assert.ok(!headings.some((heading) => heading.startsWith(idHeading)), `${headings}`);
  }
  // Newest first: the first rows started no earlier than the ones below them.
  const starts = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="list-row"]')]
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .slice(0, 5)
      .map((row) => row.querySelector('[role="cell"]')?.textContent ?? ""),
  );
  const times = starts.map((text) => Date.parse(text.replace(/\u202f/g, " ")));
  if (times.every((time) => !Number.isNaN(time))) {
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      `newest first: ${starts}`,
    );
  }
  assert.equal(await byTestId(browser, "delete-button").isExisting(), false, "no row Delete");

  mkdirSync(docs, { recursive: true });
  const shot = await saveScreenshot(browser, "lists-sessions");
  copyFileSync(shot, join(docs, "sessions.png"));

  // Removing the chip shows every session, and the window does not come back.
  const before = Number(await byTestId(browser, "list-summary").getAttribute("data-total"));
  await press(browser, "filter-chip-remove-startedAfter");
  await browser.waitUntil(
    async () => !(await byTestId(browser, "filter-chip-startedAfter").isExisting()),
    { timeout: WAIT_MS, timeoutMsg: "the recent window's chip did not go away" },
  );
  assert.match(decodeURIComponent(await browser.getUrl()), /recent=.?off/);
  await waitForRows();
  const total = await byTestId(browser, "list-summary").getAttribute("data-total");
  if (total !== null && !Number.isNaN(before)) assert.ok(Number(total) >= before);
});

test("charge points show their hardware and network status in distinct colours", async () => {
  await go(browser, "#/r/charge-points");
  await waitForRows();
  const headings = await headingsInView();
  for (const wanted of ["Name", "Hardware status", "Network status"]) {
    assert.ok(
      headings.some((heading) => heading.startsWith(wanted)),
      `${wanted} in view: ${headings}`,
    );
  }
  // Every row labels its network status; the statuses are coloured by what they mean.
  const badges = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="list-row"] .mantine-Badge-root')].map((badge) => [
      badge.textContent.trim(),
      getComputedStyle(badge).backgroundColor,
    ]),
  );
  assert.ok(badges.length > 0, "status badges in the rows");
  const colourOf = new Map(badges);
  if (colourOf.has("Available") && colourOf.has("Disabled")) {
    assert.notEqual(colourOf.get("Available"), colourOf.get("Disabled"));
  }
  await saveScreenshot(browser, "lists-charge-points");

  // A row's actions menu holds its Delete.
  const row = browser.$('[data-testid="list-row"]');
  await press(browser, "actions-menu", { within: row });
  await byTestId(browser, "row-delete").waitForDisplayed({ timeout: WAIT_MS });
  await browser.keys("Escape");
});

test("Load all brings every user of the demo network into the table", async () => {
  await go(browser, "#/r/users");
  await waitForRows();
  // The first page's users, held in the window; Load all brings the rest.
  const firstPageIds = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="list-row"]')].map((row) =>
      Number(row.getAttribute("data-record-id")),
    ),
  );
  await press(browser, "load-all");
  const loaded = byTestId(browser, "loaded-count");
  await browser.waitUntil(async () => /^All [\d,]+ loaded$/.test(await loaded.getText()), {
    timeout: WAIT_MS * 3,
    timeoutMsg: "Load all did not reach the last user",
  });
  assert.equal(await byTestId(browser, "load-all-stop").isExisting(), false);
  const count = Number(await loaded.getAttribute("data-loaded"));
  // The demo network has 500 users; each page holds 25.
  assert.ok(count >= 500, `every user loaded: ${count}`);
  const rows = await byTestId(browser, "record-table").getAttribute("aria-rowcount");
  assert.equal(Number(rows), count, "a row per loaded user");

  // The users past the first page are kept on the Rust side and shown from copies of the
  // columns shown: sorted by ID, the newest comes first, and its buttons (which need the whole
  // record, asked for as they show) work like any row's.
  const top = browser.$('[data-testid="list-row"][data-index="0"]');
  const keptOnTop = async () =>
    Number(await top.getAttribute("data-record-id")) > Math.max(...firstPageIds);
  // The first click may sort upwards; the second sorts downwards.
  for (let click = 0; click < 2 && !(await keptOnTop()); click += 1) {
    await press(browser, "sort-id");
    await browser.pause(500);
  }
  await browser.waitUntil(keptOnTop, {
    timeout: WAIT_MS,
    timeoutMsg: "sorting did not bring a kept user to the top",
  });
  assert.match(await top.getText(), /@/, "the kept user's row shows its e-mail address");
  await press(browser, "actions-menu", { within: top });
  await byTestId(browser, "row-delete").waitForDisplayed({ timeout: WAIT_MS });
  await browser.keys("Escape");
});
