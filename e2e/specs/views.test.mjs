// Saved views in the real window, on the demo network: a filtered charge point list with its
// own columns, a resized column and another page size is saved under a name; after quitting
// and starting Plugdesk again with the same app home, the view in the sidebar brings all of
// it back; pinned to Home it shows its record count and opens the view. A screenshot of the
// open view goes to docs/.

import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, quitApp, saveScreenshot } from "../lib/app.mjs";
import {
  WAIT_MS,
  chooseWithKeys,
  go,
  launchOnDemo,
  press,
  testIdsStartingWith,
  textOf,
} from "../lib/ui.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const docs = resolve(here, "..", "..", "docs");
const VIEW_NAME = "Public chargers";

let browser;

before(async () => {
  browser = await launchOnDemo();
});

after(async () => {
  await browser?.deleteSession();
});

/** What the list screen shows now: its address, columns, first column's width, rows. */
async function listSetup() {
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });
  const columns = (await testIdsStartingWith(browser, "sort-")).map((id) => id.slice(5));
  // The first column of values: the selection's checkboxes come before it.
  const firstWidth = await browser.execute(
    () =>
      document
        .querySelector('[data-testid^="sort-"]')
        ?.closest('[role="columnheader"]')
        ?.getBoundingClientRect().width ?? 0,
  );
  return {
    url: decodeURIComponent(await browser.getUrl()),
    columns,
    firstWidth: Math.round(firstWidth),
    pageSize: await browser.execute(
      () => document.querySelector('[data-testid="page-size"]')?.value ?? "",
    ),
  };
}

/** Drags the right edge of `column`'s header by `dx` pixels, as a mouse would. */
async function dragColumnEdge(column, dx) {
  const handle = byTestId(browser, `resize-${column}`);
  await handle.waitForExist({ timeout: WAIT_MS });
  await browser
    .action("pointer")
    .move({ origin: handle })
    .down()
    .move({ origin: "pointer", x: dx, y: 0, duration: 200 })
    .up()
    .perform();
}

let saved;

test("a filtered charge point list with chosen columns is saved as a view", async () => {
  await go(browser, "#/r/charge-points");
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });

  // Filter: public charge points only.
  await press(browser, "filter-toggle");
  await press(browser, "filter-type");
  await press(browser, "filter-option-type-public");
  await byTestId(browser, "filter-chip-type").waitForDisplayed({ timeout: WAIT_MS });

  // Columns: drop the second column shown, add the first one not shown.
  const before = (await listSetup()).columns;
  await press(browser, "column-chooser");
  await byTestId(browser, "column-chooser-menu").waitForDisplayed({ timeout: WAIT_MS });
  const options = await testIdsStartingWith(browser, "column-option-");
  const added = options
    .map((id) => id.slice("column-option-".length))
    .find((name) => !before.includes(name));
  assert.ok(added, "some column is not shown yet");
  await press(browser, `column-option-${before[1]}`);
  await press(browser, `column-option-${added}`);
  await browser.keys("Escape");

  // Page size 50, and the first column dragged wider by 90 pixels.
  await press(browser, "page-size");
  await chooseWithKeys(browser, "50 per page");
  const widthBefore = (await listSetup()).firstWidth;
  await dragColumnEdge(before[0], 90);

  saved = await listSetup();
  assert.match(saved.url, /filter=.*public/);
  assert.match(saved.url, /perPage=50/);
  assert.ok(!saved.columns.includes(before[1]), `${before[1]} still shown`);
  assert.ok(saved.columns.includes(added), `${added} not shown`);
  assert.ok(saved.firstWidth >= widthBefore + 60, `${widthBefore} → ${saved.firstWidth} px`);

  await press(browser, "save-view");
  const name = byTestId(browser, "view-name");
  await name.waitForDisplayed({ timeout: WAIT_MS });
  await name.setValue(VIEW_NAME);
  await press(browser, "view-name-save", { block: "center" });
  await browser.waitUntil(async () => (await textOf(browser, "view-menu")).includes(VIEW_NAME), {
    timeout: WAIT_MS,
    timeoutMsg: "the list never showed the saved view's name",
  });
  const inSidebar = await testIdsStartingWith(browser, "nav-view-");
  assert.equal(inSidebar.length, 1);
  // Its menu button is in sight to its right edge, not under the sidebar's scrollbar (asked
  // until the naming dialog has faded out with its overlay).
  const menu = inSidebar[0].replace("nav-view-", "saved-view-menu-");
  const whatIsThere = () =>
    browser.execute((id) => {
      const button = document.querySelector(`[data-testid="${id}"]`);
      const box = button.getBoundingClientRect();
      const hit = document.elementFromPoint(box.right - 2, box.top + box.height / 2);
      return hit !== null && button.contains(hit)
        ? "the button"
        : `${hit?.tagName} ${hit?.className}`;
    }, menu);
  await browser.waitUntil(async () => (await whatIsThere()) === "the button", {
    timeout: WAIT_MS,
    timeoutMsg: "something covers the right edge of the saved view's menu button",
  });
});

test("after quitting and starting again, the view in the sidebar restores filters and columns", async () => {
  await quitApp(browser);
  browser = await launchOnDemo();

  // Start from the same list with its defaults, so the view has something to restore.
  await go(browser, "#/r/charge-points");
  await press(browser, "column-chooser");
  await byTestId(browser, "column-chooser-menu").waitForDisplayed({ timeout: WAIT_MS });
  await press(browser, "column-reset");
  await browser.keys("Escape");
  await browser.waitUntil(async () => !(await byTestId(browser, "filter-chip-type").isExisting()));
  // The width dragged before the restart was kept for the list; drag it back narrower (again,
  // if the first drag came while the table was still laying itself out).
  await listSetup();
  await browser.waitUntil(
    async () => {
      await dragColumnEdge(saved.columns[0], -90);
      return (await listSetup()).firstWidth < saved.firstWidth - 60;
    },
    { timeout: WAIT_MS, interval: 1000, timeoutMsg: "the first column kept its dragged width" },
  );

  const [view] = await testIdsStartingWith(browser, "nav-view-");
  assert.ok(view, "the saved view is in the sidebar after the restart");
  await press(browser, view);
  await byTestId(browser, "filter-chip-type").waitForDisplayed({ timeout: WAIT_MS });
  await browser.waitUntil(
    async () => JSON.stringify((await listSetup()).columns) === JSON.stringify(saved.columns),
    { timeout: WAIT_MS, timeoutMsg: "the view's columns never came back" },
  );
  const restored = await listSetup();
  assert.match(restored.url, /filter=.*public/);
  assert.match(restored.url, /perPage=50/);
  assert.equal(restored.pageSize, "50 per page");
  assert.ok(
    Math.abs(restored.firstWidth - saved.firstWidth) <= 2,
    `first column ${restored.firstWidth} px, saved ${saved.firstWidth} px`,
  );
  assert.match(await textOf(browser, "view-menu"), new RegExp(VIEW_NAME));

  const shot = await saveScreenshot(browser, "views");
  mkdirSync(docs, { recursive: true });
  copyFileSync(shot, join(docs, "views.png"));
});

test("a view pinned to Home shows its record count and opens the view", async () => {
  await press(browser, "view-menu");
  await press(browser, "view-pin");
  await press(browser, "nav-home");
  const tiles = await browser.waitUntil(
    async () => {
      const ids = await testIdsStartingWith(browser, "home-view-");
      return ids.length > 0 ? ids : false;
    },
    { timeout: WAIT_MS, timeoutMsg: "no pinned view on Home" },
  );
  const tile = tiles[0];
  const count = byTestId(browser, `${tile}-count`);
  await count.waitForDisplayed({ timeout: WAIT_MS });
  await browser.waitUntil(
    async () => /^\d[\d,.\s]*\+?$/.test(await textOf(browser, `${tile}-count`)),
    {
      timeout: WAIT_MS,
      timeoutMsg: "the pinned view's count never showed",
    },
  );
  const shown = Number((await textOf(browser, `${tile}-count`)).replace(/\D/g, ""));
  assert.ok(shown > 0, `count ${shown}`);

  await press(browser, tile);
  await byTestId(browser, "filter-chip-type").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(decodeURIComponent(await browser.getUrl()), /filter=.*public/);
});
