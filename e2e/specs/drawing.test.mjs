// How the window draws. On a machine without a GPU (no DRM render node, as under this test's
// virtual display) Plugdesk has WebKit draw the page straight into the window rather than
// composite it through OpenGL, which there is only imitated in software
// (src-tauri/src/web_process.rs); with a GPU it leaves WebKit's usual way. Either way the
// window must show its screens and follow the operator from one to the next. This spec takes
// no WebDriver screenshots (they never return in that mode, so e2e/run.mjs lets only this spec
// draw the app's own way); it reads the window's pixels from the X server instead.

import { after, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { byTestId, launchApp, webProcessesOfApp } from "../lib/app.mjs";
import {
  differingShare,
  isBlank,
  waitForWindow,
  windowIdOf,
  windowPixels,
} from "../lib/desktop.mjs";
import { hasGpu } from "../lib/gpu.mjs";
import { go, WAIT_MS } from "../lib/ui.mjs";

let browser;
after(async () => {
  await browser?.deleteSession();
});

test("the window draws the way the machine suits, and shows each screen it is sent to", async () => {
  assert.equal(process.env.WEBKIT_DISABLE_COMPOSITING_MODE, undefined, "run through e2e/run.mjs");
  browser = await launchApp();
  for (const pid of webProcessesOfApp()) {
    const environment = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
    assert.equal(
      environment.includes("WEBKIT_DISABLE_COMPOSITING_MODE=1"),
      !hasGpu(),
      `the web process ${pid} ${hasGpu() ? "composites as usual" : "draws without OpenGL compositing"} (GPU: ${hasGpu()})`,
    );
  }

  const window = windowIdOf("Plugdesk");
  await go(browser, "#/");
  await byTestId(browser, "page-home").waitForDisplayed({ timeout: WAIT_MS });
  await waitForWindow(window, (now) => !isBlank(now), "stayed blank on Home");
  const home = windowPixels(window);

  await go(browser, "#/settings");
  await byTestId(browser, "about-loading").waitForExist({ timeout: WAIT_MS, reverse: true });
  await waitForWindow(
    window,
    (now) => differingShare(now, home) > 0.02,
    "still showed Home after Settings opened",
  );
});
