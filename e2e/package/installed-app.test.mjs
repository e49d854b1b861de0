// The installed package's binary, started the way an operator starts it, reaches the app shell
// and the demo network, reports the packaged version, and its window carries the class the
// .desktop entry names (so docks group the window under the right launcher). Run by
// scripts/package-check.mjs with PLUGDESK_E2E_APP pointing at the installed binary.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, saveScreenshot } from "../lib/app.mjs";
import { windowClassOf } from "../lib/desktop.mjs";
import { go, launchOnDemo, textOf, WAIT_MS } from "../lib/ui.mjs";

let browser;
before(async () => {
  assert.ok(process.env.PLUGDESK_E2E_APP, "run through scripts/package-check.mjs");
  browser = await launchOnDemo();
});
after(async () => {
  await browser?.deleteSession();
});

test("the installed app shows its shell connected to the demo network", async () => {
  assert.ok(await byTestId(browser, "app-shell").isDisplayed());
  assert.notEqual(await textOf(browser, "tenant-badge"), "No tenant");
  await saveScreenshot(browser, "installed-app-demo");
});

test("the About box reports the packaged version", async () => {
  await go(browser, "#/settings");
  await byTestId(browser, "about-version").waitForDisplayed({ timeout: WAIT_MS });
  assert.equal(await textOf(browser, "about-version"), process.env.PLUGDESK_EXPECTED_VERSION);
});

test("the window's class is the one the .desktop entry names", async () => {
  const { instance, className } = windowClassOf("Plugdesk");
  assert.ok(
    [instance, className].includes(process.env.PLUGDESK_EXPECTED_WM_CLASS),
    `StartupWMClass=${process.env.PLUGDESK_EXPECTED_WM_CLASS}, window class ${instance}/${className}`,
  );
});
