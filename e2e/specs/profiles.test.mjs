// Tenant profiles in the real window: connect with a token, stay connected across a restart
// (the token comes back from the keychain), add and switch profiles, move one to a new address,
// delete one, and find the token nowhere in Plugdesk's files or logs afterwards.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { byTestId, launchApp, quitApp, saveScreenshot } from "../lib/app.mjs";
import * as ui from "../lib/ui.mjs";
import { startDemoTenant } from "../lib/demoTenant.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const APP_IDENTIFIER = "io.plugdesk.desktop";
const WAIT_MS = 20000;

// Unique per run, so finding one in a file can only mean this run leaked it.
const ALPHA_TOKEN = `e2e-alpha-${randomUUID()}`;
const BETA_TOKEN = `e2e-beta-${randomUUID()}`;

let alpha;
let beta;
let browser;

before(async () => {
  alpha = await startDemoTenant({ token: ALPHA_TOKEN });
  beta = await startDemoTenant({ token: BETA_TOKEN });
  browser = await launchApp();
});

after(async () => {
  await browser?.deleteSession();
  await alpha?.stop();
  await beta?.stop();
});

const textOf = (testId) => ui.textOf(browser, testId);

async function waitForBadge(name) {
  await browser.waitUntil(async () => (await textOf("tenant-badge")) === name, {
    timeout: WAIT_MS,
    timeoutMsg: `the header badge never showed ${name}`,
  });
}

async function openSwitcherItem(testId) {
  await ui.press(browser, "profile-switcher");
  await ui.press(browser, testId);
}

/** Fills the connect form; the name first, so it is not replaced by the suggested one. */
async function fillConnectForm({ name, url, token }) {
  await byTestId(browser, "page-connect").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "connect-name").addValue(name);
  await byTestId(browser, "connect-url").addValue(url);
  await byTestId(browser, "connect-token").addValue(token);
}

test("a wrong token is reported and nothing is saved", async () => {
  await byTestId(browser, "home-connect").click();
  await fillConnectForm({ name: "Wrong", url: alpha.url, token: "not-the-token" });
  await byTestId(browser, "connect-test").click();
  const error = byTestId(browser, "connect-error");
  await error.waitForDisplayed({ timeout: WAIT_MS });
  assert.match(await textOf("connect-error"), /token/i);
  assert.ok(await byTestId(browser, "connect-save-anyway").isDisplayed());
  assert.equal(await textOf("tenant-badge"), "No tenant");
});

test("connects with an address and a token, and the header shows the profile", async () => {
  // A fresh form: going Home and back drops what the previous test typed.
  await byTestId(browser, "nav-home").click();
  await byTestId(browser, "home-connect").click();
  await fillConnectForm({ name: "Alpha", url: `${alpha.url}/public-api/`, token: ALPHA_TOKEN });
  assert.equal(await textOf("connect-url-normalised"), `Plugdesk will connect to ${alpha.url}`);
  await byTestId(browser, "connect-test").click();
  const result = byTestId(browser, "connect-result");
  await result.waitForDisplayed({ timeout: WAIT_MS });
  assert.match(await textOf("connect-result"), /127\.0\.0\.1/);
  await saveScreenshot(browser, "profiles-connect");

  await byTestId(browser, "connect-save").click();
  await byTestId(browser, "page-home").waitForDisplayed({ timeout: WAIT_MS });
  await waitForBadge("Alpha");
  await saveScreenshot(browser, "profiles-header");
});

test("after a restart the profile is still connected, with the token from the keychain", async () => {
  await quitApp(browser);
  browser = await launchApp();
  await waitForBadge("Alpha");
});

test("a second profile can be added, and the switcher moves between them", async () => {
  await openSwitcherItem("profile-add");
  await fillConnectForm({ name: "Beta", url: beta.url, token: BETA_TOKEN });
  await byTestId(browser, "connect-save").click();
  await byTestId(browser, "page-home").waitForDisplayed({ timeout: WAIT_MS });
  await waitForBadge("Beta");

  await openSwitcherItem("profile-option-Alpha");
  await waitForBadge("Alpha");
  await openSwitcherItem("profile-option-Beta");
  await waitForBadge("Beta");
});

test("a profile moves to a new address only together with that address's token", async () => {
  await openSwitcherItem("profile-manage");
  await ui.press(browser, "profile-edit-Beta");
  const url = byTestId(browser, "profile-edit-url");
  await url.waitForDisplayed({ timeout: WAIT_MS });
  await url.click();
  await browser.keys(["Control", "a"]);
  await browser.keys("Backspace");
  await url.addValue(alpha.url);
  // The stored token belongs to the old address: saving waits for the new address's token.
  assert.equal(await byTestId(browser, "profile-edit-save").isEnabled(), false);
  await byTestId(browser, "profile-edit-token").addValue(ALPHA_TOKEN);
  await ui.press(browser, "profile-edit-save");
  await browser.waitUntil(async () => (await textOf("profile-url-Beta")) === alpha.url, {
    timeout: WAIT_MS,
    timeoutMsg: "the profile never showed its new address",
  });
  await browser.keys("Escape");
  await byTestId(browser, "profiles-manage").waitForExist({ timeout: WAIT_MS, reverse: true });
  await waitForBadge("Beta");
  // Connected to the new address with its token: a listing loads.
  await ui.go(browser, "#/r/charge-points");
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });
});

test("deleting a profile asks first, then removes it from the switcher", async () => {
  await openSwitcherItem("profile-manage");
  await ui.press(browser, "profile-delete-Alpha");
  await byTestId(browser, "delete-confirmation").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(
    await textOf("delete-confirmation"),
    new RegExp(`Delete profile Alpha \\(${alpha.url}\\)`),
  );
  await byTestId(browser, "confirm-delete").click();
  await byTestId(browser, "profile-delete-Alpha").waitForExist({ timeout: WAIT_MS, reverse: true });
  await browser.keys("Escape");
  await byTestId(browser, "profiles-manage").waitForExist({ timeout: WAIT_MS, reverse: true });

  await waitForBadge("Beta");
  await byTestId(browser, "profile-switcher").click();
  await byTestId(browser, "profile-option-Beta").waitForDisplayed({ timeout: WAIT_MS });
  assert.equal(await byTestId(browser, "profile-option-Alpha").isExisting(), false);
  await browser.keys("Escape");
});

test("no token is written to Plugdesk's files or logs", async () => {
  // Closing the app first lets it flush whatever it writes on the way out.
  await browser.deleteSession();
  browser = undefined;

  const home = process.env.PLUGDESK_E2E_HOME;
  assert.ok(home, "PLUGDESK_E2E_HOME is set by e2e/run.mjs");
  const folders = [home, join(root, "e2e", "logs")];
  if (process.env.XDG_DATA_HOME) {
    folders.push(join(process.env.XDG_DATA_HOME, APP_IDENTIFIER));
  }
  const files = folders.filter((folder) => existsSync(folder)).flatMap(filesUnder);
  assert.ok(files.length > 0, "the run left files to search");
  const leaks = files.filter((file) => {
    // WebKit drops its SQLite side files (-shm, -wal) while the window runs: one listed a
    // moment ago may be gone, and what is gone holds nothing.
    if (!existsSync(file)) return false;
    let text;
    try {
      text = readFileSync(file).toString("latin1");
    } catch (error) {
      if (error.code === "ENOENT") return false;
      throw error;
    }
    return [ALPHA_TOKEN, BETA_TOKEN].some((token) => text.includes(token));
  });
  assert.deepEqual(leaks, [], `the token appears in ${leaks.join(", ")}`);
});

function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}
