// The app opens and shows its shell: title, navigation, theme toggle.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, launchApp, saveScreenshot } from "../lib/app.mjs";

let browser;
before(async () => {
  browser = await launchApp();
});
after(async () => {
  await browser?.deleteSession();
});

test("the window is titled Plugdesk and shows the app shell", async () => {
  assert.equal(await browser.getTitle(), "Plugdesk");
  assert.equal(await byTestId(browser, "app-title").getText(), "Plugdesk");
  assert.ok(await byTestId(browser, "nav").isDisplayed());
  assert.ok(await byTestId(browser, "tenant-badge").isDisplayed());
  await byTestId(browser, "page-home").waitForDisplayed({ timeout: 5000 });
  await saveScreenshot(browser, "shell-home");
});

test("navigation reaches settings and back home", async () => {
  await byTestId(browser, "nav-settings").click();
  await byTestId(browser, "page-settings").waitForDisplayed({ timeout: 5000 });
  assert.match(await byTestId(browser, "about-version").getText(), /\d+\.\d+\.\d+/);
  await byTestId(browser, "nav-home").click();
  await byTestId(browser, "page-home").waitForDisplayed({ timeout: 5000 });
});

test("the theme toggle switches between light and dark", async () => {
  const scheme = () =>
    browser.execute(() => document.documentElement.getAttribute("data-mantine-color-scheme"));
  const seen = new Set([await scheme()]);
  for (let i = 0; i < 3; i += 1) {
    await byTestId(browser, "theme-toggle").click();
    seen.add(await scheme());
  }
  assert.ok(seen.has("light") && seen.has("dark"), `schemes seen: ${[...seen].join(", ")}`);
  await byTestId(browser, "theme-toggle").click();
  const dark = await scheme();
  await saveScreenshot(browser, `shell-${dark}`);
});
