// Accessibility of every kind of screen in the real window, in the light and the dark theme:
// axe-core runs on Home, the connect form, the profiles menu, a listing with its filters open,
// a charge point's fields, nested table and raw JSON, its edit form, an action form and its
// confirmation, an export, activity, settings, the command palette, an empty listing and an
// error; then the listing and a record of each core resource an operator opens every day, and a
// create form. `PLUGDESK_E2E_A11Y=all` adds the listing and first record of every top-level
// resource. Any serious or critical violation fails, printed with its rule, impact and
// elements. The rules switched off, each with its reason, are listed in ../lib/axe.mjs.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, launchApp } from "../lib/app.mjs";
import { BLOCKING_IMPACTS, axeCheck, describeViolations } from "../lib/axe.mjs";
import {
  WAIT_MS,
  chooseWithKeys,
  firstValueCell,
  go,
  gone,
  openFirstRow,
  press,
  textOf,
} from "../lib/ui.mjs";

const THEMES = ["light", "dark"];
const logs = resolve(dirname(fileURLToPath(import.meta.url)), "..", "logs");

let browser;
/** Every check of this run: `{ screen, theme, violations }`. */
const findings = [];

before(async () => {
  browser = await launchApp();
});

after(async () => {
  await browser?.deleteSession();
  // The figures of this run, for comparing before and after a change (git-ignored).
  mkdirSync(logs, { recursive: true });
  writeFileSync(join(logs, "a11y-findings.json"), JSON.stringify(findings, null, 2));
});

const shown = (testId) => byTestId(browser, testId).waitForDisplayed({ timeout: WAIT_MS });

/** Lets opening dialogs and menus finish their transition, so colours are the final ones. */
const settle = () =>
  browser.executeAsync((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 350))),
  );

/** Walks the header's theme button until the window shows `theme`. */
async function useTheme(theme) {
  const toggle = byTestId(browser, "theme-toggle");
  for (let step = 0; step < 3; step += 1) {
    if ((await toggle.getAttribute("data-color-scheme")) === theme) return;
    // A dialog closing a moment ago may still be fading out over it: press waits that out.
    await press(browser, "theme-toggle");
  }
  assert.equal(await toggle.getAttribute("data-color-scheme"), theme);
}

/** Checks what the window shows now and records it under `screen`. */
async function check(screen, theme) {
  await settle();
  const started = Date.now();
  const violations = await axeCheck(browser);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  findings.push({ screen, theme, violations });
  const blocking = violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact));
  console.log(
    `${screen} (${theme}): ${blocking.length} serious/critical rules, ` +
      `${violations.length - blocking.length} others (axe: ${seconds} s)`,
  );
  for (const line of describeViolations(violations)) console.log(line);
}

async function waitForHomeWidgets() {
  await shown("home-dashboard");
  await browser.waitUntil(
    () =>
      browser.execute(() =>
        [...document.querySelectorAll('[data-testid^="home-widget-"][data-state]')].every(
          (widget) => ["ready", "empty", "error"].includes(widget.getAttribute("data-state")),
        ),
      ),
    { timeout: 60000, timeoutMsg: "the Home widgets never finished" },
  );
}

async function closeDialog(testId) {
  await browser.keys("Escape");
  await gone(browser, testId);
}

let chargePointUrl = "";

/** The screens of a connected window, each opened from wherever the previous one left off. */
const CONNECTED_SCREENS = [
  [
    "home",
    async () => {
      await go(browser, "#/");
      await waitForHomeWidgets();
    },
  ],
  [
    // The demo network is not a saved profile: the switcher's menu is what it offers.
    "profiles menu",
    async () => {
      await press(browser, "profile-switcher");
      await shown("profile-add");
    },
  ],
  [
    "charge points list, filters open",
    async () => {
      await browser.keys("Escape");
      await gone(browser, "profile-add");
      await go(browser, "#/r/charge-points");
      await shown("list-row");
      const toggle = byTestId(browser, "filter-toggle");
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      await shown("filter-type");
    },
  ],
  [
    "charge point detail, fields and nested table",
    async () => {
      if (chargePointUrl) await browser.url(chargePointUrl);
      else {
        await firstValueCell(browser).click();
        await shown("detail-charge-points");
        chargePointUrl = await browser.getUrl();
      }
      await shown("detail-tab-fields");
      await browser.waitUntil(
        () =>
          browser.execute(
            () => document.querySelector('[data-testid="detail-charge-points"] table') !== null,
          ),
        { timeout: WAIT_MS, timeoutMsg: "the charge point shows no nested table" },
      );
    },
  ],
  [
    "charge point detail, raw JSON",
    async () => {
      await press(browser, "detail-tab-raw");
      await shown("detail-raw-json");
    },
  ],
  [
    "charge point edit form",
    async () => {
      await press(browser, "detail-tab-fields");
      await press(browser, "edit-button");
      await shown("record-form");
    },
  ],
  [
    "action form (change availability)",
    async () => {
      await closeDialog("record-form");
      await press(browser, "actions-menu");
      await press(browser, "action-chargePointChangeAvailability");
      await shown("form-field-type");
    },
  ],
  [
    "action confirmation",
    async () => {
      await chooseOption("form-field-type", "Inoperative");
      await press(browser, "form-submit", { block: "center" });
      await shown("confirm-dialog");
    },
  ],
  [
    "export",
    async () => {
      await browser.keys("Escape");
      await gone(browser, "confirm-dialog");
      await closeDialog("record-form");
      await go(browser, "#/r/user-groups");
      await shown("list-row");
      await press(browser, "export-button");
      await press(browser, "export-csv");
      await byTestId(browser, "export-summary").waitForExist({ timeout: 60000 });
    },
  ],
  ["activity", () => go(browser, "#/activity").then(() => shown("page-activity"))],
  ["settings", () => go(browser, "#/settings").then(() => shown("page-settings"))],
  [
    "command palette",
    async () => {
      await press(browser, "command-palette-open");
      await shown("command-palette-search");
      await byTestId(browser, "command-palette-search").addValue("charge point 1");
    },
  ],
  [
    "empty list",
    async () => {
      await browser.keys("Escape");
      const filter = encodeURIComponent(JSON.stringify({ email: "nobody@nowhere.invalid" }));
      await go(browser, `#/r/users?filter=${filter}`);
      await shown("list-empty");
    },
  ],
  [
    "error state (a record that does not exist)",
    async () => {
      await go(browser, "#/r/charge-points/987654321");
      await shown("detail-error");
    },
  ],
];

/** The resources an operator opens every day, beyond the charge points above. */
const DAILY = ["sessions", "users", "locations", "invoices"];

const EVERY_LISTING = process.env.PLUGDESK_E2E_A11Y === "all";

/** The other resources the navigation lists, for `PLUGDESK_E2E_A11Y=all`. */
async function otherListings() {
  const keys = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid^="nav-resource-"]')].map((link) =>
      link.getAttribute("data-testid").slice("nav-resource-".length),
    ),
  );
  return [...new Set(keys)].filter((key) => key !== "charge-points" && !DAILY.includes(key));
}

/** A resource's listing, then its first record if it has rows and records have a screen. */
function listingAndRecord(key) {
  let hasRows = false;
  return [
    [
      `${key} list`,
      async () => {
        await go(browser, `#/r/${key}`);
        await browser.waitUntil(
          () =>
            browser.execute(() =>
              Boolean(
                document.querySelector(
                  '[data-testid="list-row"], [data-testid="list-empty"], [data-testid="list-error"]',
                ),
              ),
            ),
          { timeout: WAIT_MS, timeoutMsg: `the ${key} listing never settled` },
        );
        hasRows = await browser.execute(
          () => document.querySelector('[data-testid="list-row"]') !== null,
        );
      },
    ],
    [
      `${key} record`,
      async () => {
        if (!hasRows) return;
        await openFirstRow(browser);
        await browser.waitUntil(
          () =>
            browser.execute(() =>
              Boolean(document.querySelector('[data-testid^="detail-"], [data-testid="list-row"]')),
            ),
          { timeout: WAIT_MS, timeoutMsg: `the first ${key} record never opened` },
        );
      },
    ],
  ];
}

CONNECTED_SCREENS.push(...DAILY.flatMap(listingAndRecord), [
  "create form (user)",
  async () => {
    await go(browser, "#/r/users");
    await press(browser, "create-button");
    await shown("record-form");
  },
]);

/** Picks `label` in the select of a form field, by keys: the option list is a portal. */
async function chooseOption(field, label) {
  const input = byTestId(browser, field).$("input:not([type=hidden])");
  await input.click();
  await chooseWithKeys(browser, label);
}

test("every screen has no serious or critical axe violations, in light and dark", async () => {
  for (const theme of THEMES) {
    await useTheme(theme);
    await go(browser, "#/");
    await shown("home-demo");
    await check("home, not connected", theme);
    await go(browser, "#/connect");
    await shown("page-connect");
    await check("connect form", theme);
  }

  await go(browser, "#/");
  await press(browser, "home-demo");
  await browser.waitUntil(
    async () => !["", "No tenant"].includes(await textOf(browser, "tenant-badge")),
    {
      timeout: WAIT_MS,
      timeoutMsg: "the demo network never connected",
    },
  );

  for (const theme of THEMES) {
    // The walk of the other theme ends on an open create form, over the theme button.
    if (await byTestId(browser, "record-form").isExisting()) await closeDialog("record-form");
    await useTheme(theme);
    for (const [screen, open] of CONNECTED_SCREENS) {
      await open();
      await check(screen, theme);
    }
  }
  if (EVERY_LISTING) {
    if (await byTestId(browser, "record-form").isExisting()) await closeDialog("record-form");
    const screens = (await otherListings()).flatMap(listingAndRecord);
    for (const theme of THEMES) {
      await useTheme(theme);
      for (const [screen, open] of screens) {
        await open();
        await check(screen, theme);
      }
    }
  }

  const failures = findings.flatMap(({ screen, theme, violations }) =>
    violations
      .filter((violation) => BLOCKING_IMPACTS.has(violation.impact))
      .map((violation) => `${screen} (${theme}): ${describeViolations([violation])[0].trim()}`),
  );
  assert.deepEqual(failures, [], `serious or critical violations:\n${failures.join("\n")}`);
});
