// Plugdesk as an installed desktop program: a second launch brings the open window forward
// instead of starting a second copy; the window reopens where and as large as it was left;
// closing it while an export is in flight asks first. The window is moved, focused and closed
// through the X server, as a window manager and the operator's clicks would.

import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

import {
  appBinaryPath,
  byTestId,
  killApp,
  launchApp,
  saveScreenshot,
  webProcessesOfApp,
} from "../lib/app.mjs";
import { startDemoTenant } from "../lib/demoTenant.mjs";
import {
  differingShare,
  focusedWindow,
  focusWindow,
  geometryOf,
  isBlank,
  placeWindow,
  requestClose,
  startOtherWindow,
  windowIdOf,
  windowIdsOf,
  waitForWindow,
  windowPixels,
} from "../lib/desktop.mjs";
import { go, press, textOf, WAIT_MS } from "../lib/ui.mjs";

const TOKEN = `e2e-desktop-${randomUUID()}`;

let browser;
let tenant;
after(async () => {
  await browser?.deleteSession().catch(() => {});
  // A window whose page process was ended has no session left to end it through.
  killApp();
  await tenant?.stop();
});

/** Of the app's web processes, the one drawing its page: the largest, as a spare holds no page. */
function pageProcessOf(pids) {
  const resident = (pid) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return 0; // ended while we looked
    }
  };
  return pids.reduce((largest, pid) => (resident(pid) > resident(largest) ? pid : largest));
}

async function waitFor(condition, message) {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(message);
}

/** Resolves to the exit code of `child`, or rejects when it is still running after `ms`. */
function exitOf(child, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the process still ran after ${ms} ms`));
    }, ms);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
  });
}

/** Closes the window as the operator would, with nothing in flight, and ends the session. */
async function closeAndWait() {
  requestClose(windowIdOf("Plugdesk"));
  await waitFor(() => windowIdsOf("Plugdesk").length === 0, "the window never closed");
  await browser.deleteSession().catch(() => {
    // The app, and with it the WebDriver session, has already ended.
  });
  browser = undefined;
}

test("a second launch brings the open window forward and exits", async () => {
  browser = await launchApp();
  const plugdesk = Number(windowIdOf("Plugdesk"));
  const other = await startOtherWindow();
  try {
    focusWindow(other.id);
    assert.notEqual(focusedWindow(), plugdesk, "another window has the focus");

    const second = spawn(appBinaryPath(), [], { env: process.env, stdio: "ignore" });
    assert.equal(await exitOf(second, WAIT_MS), 0, "the second launch exits by itself");
    await waitFor(() => focusedWindow() === plugdesk, "the open window never got the focus");
  } finally {
    other.stop();
  }
  assert.equal(windowIdsOf("Plugdesk").length, 1, "one Plugdesk window");
  assert.ok(await byTestId(browser, "app-shell").isDisplayed(), "the first window still works");
});

test("the window reopens where and as large as it was left", async () => {
  const left = { x: 70, y: 40, width: 1000, height: 700 };
  placeWindow(windowIdOf("Plugdesk"), left);
  await waitFor(() => {
    const now = geometryOf(windowIdOf("Plugdesk"));
    return now.width === left.width && now.height === left.height;
  }, "the window never took its new size");
  await closeAndWait();

  browser = await launchApp();
  const reopened = geometryOf(windowIdOf("Plugdesk"));
  assert.deepEqual(reopened, left);
});

test("closing while an export is in flight asks first, and keeps the window on request", async () => {
  tenant = await startDemoTenant({ token: TOKEN });
  await press(browser, "home-connect");
  await byTestId(browser, "connect-name").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "connect-name").addValue("Slow");
  await byTestId(browser, "connect-url").addValue(tenant.url);
  await byTestId(browser, "connect-token").addValue(TOKEN);
  await press(browser, "connect-save");
  await byTestId(browser, "page-home").waitForDisplayed({ timeout: WAIT_MS });
  await go(browser, "#/r/sessions");
  await byTestId(browser, "list-row").waitForDisplayed({ timeout: WAIT_MS });

  // Every page of the export now takes a second: it is still running when the close comes.
  const slow = await fetch(`${tenant.url}/__demo/faults`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ latencyMs: 1000 }),
  });
  assert.ok(slow.ok, `the demo tenant refused the latency (${slow.status})`);
  await press(browser, "export-button");
  await press(browser, "export-jsonl");
  await byTestId(browser, "export-progress").waitForDisplayed({ timeout: WAIT_MS });

  requestClose(windowIdOf("Plugdesk"));
  await byTestId(browser, "close-confirm").waitForDisplayed({ timeout: WAIT_MS });
  assert.match(await textOf(browser, "close-confirm"), /export is still writing/);
  await saveScreenshot(browser, "desktop-close-confirm");
  await press(browser, "close-keep-open");
  await byTestId(browser, "close-confirm").waitForExist({ timeout: WAIT_MS, reverse: true });
  assert.equal(windowIdsOf("Plugdesk").length, 1, "the window stayed open");
  assert.ok(await byTestId(browser, "export-progress").isDisplayed(), "the export carries on");

  requestClose(windowIdOf("Plugdesk"));
  await press(browser, "close-anyway").catch((error) => {
    // The window may close, ending the WebDriver session, before the click is answered; the
    // driver then reports an ended session or an unknown error. The wait below checks the close.
    if (!/invalid session id|unknown error/.test(String(error))) throw error;
  });
  await waitFor(() => windowIdsOf("Plugdesk").length === 0, "Close anyway did not close");
  await browser.deleteSession().catch(() => {});
  browser = undefined;
});

test("a window whose page process ends comes back where it was, a few times a minute", async () => {
  browser = await launchApp();
  await go(browser, "#/settings");
  await byTestId(browser, "about-loading").waitForExist({ timeout: WAIT_MS, reverse: true });
  await saveScreenshot(browser, "desktop-before-page-end");
  const window = windowIdOf("Plugdesk");
  const before = windowPixels(window);
  assert.ok(!isBlank(before), "the settings screen is drawn before its process ends");

  // The page's process collects its garbage at the pace Plugdesk sets (src-tauri/src/web_process.rs).
  for (const pid of webProcessesOfApp()) {
    const environment = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
    assert.ok(
      environment.includes("JSC_forceRAMSize=1073741824"),
      `the web process ${pid} paces its garbage collection as Plugdesk asks`,
    );
  }

  // WebKit's driver ends the session with the page's process: from here the window is watched
  // from the X server and its processes, as an operator would see it.
  // Only the process drawing the page is ended, as a crash ends it. WebKit now and then keeps
  // a spare process started for the next page; ending it too is not what a crash does, and a
  // reload racing that end may find no process to load into.
  const endPageProcess = async (end) => {
    const running = webProcessesOfApp();
    assert.ok(running.length > 0, "the app has no web process to end");
    const ended = pageProcessOf(running);
    process.kill(Number(ended), "SIGKILL");
    await waitFor(
      () => webProcessesOfApp().some((pid) => pid !== ended),
      `no web process took the page over after the ${end} end of the page's process ` +
        `(windows titled Plugdesk: ${windowIdsOf("Plugdesk").length})`,
    );
    return Date.now();
  };
  /** Waits until the window shows what `matches` accepts, within the usual wait. */
  const windowShows = (matches, what) => waitForWindow(window, matches, what);

  // Up to three ends within a minute: each time the page comes back at the same screen.
  for (const end of ["first", "second", "third"]) {
    const started = await endPageProcess(end);
    await windowShows(
      (now) => differingShare(now, before) < 0.01,
      `did not come back to the settings screen after the ${end} end of its page's process`,
    );
    // The screen may still be the old page's last frame: let the new process be up and running
    // before it is ended in turn, as a crash ends a page that runs (not one still starting).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 2000 - Date.now())));
  }
  // The fourth: the window stops reloading and says so instead of going blank.
  await endPageProcess("fourth");
  await windowShows(
    (now) => !isBlank(now) && differingShare(now, before) > 0.05,
    "did not show why it stopped after the fourth end of its page's process",
  );
  browser = undefined;
  killApp();
});
