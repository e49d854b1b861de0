// Starting and inspecting the real Plugdesk window from a test.

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
// run.mjs picks free ports and passes them on, so two runs never share a driver.
export const DRIVER_PORT = Number(process.env.PLUGDESK_E2E_DRIVER_PORT ?? 4444);
export const screenshotDir = join(root, "e2e", "screenshots");

/** The debug build, or the binary PLUGDESK_E2E_APP names (the package check's installed one). */
export function appBinaryPath() {
  if (process.env.PLUGDESK_E2E_APP) return resolve(process.env.PLUGDESK_E2E_APP);
  const targetDir = process.env.CARGO_TARGET_DIR
    ? resolve(process.env.CARGO_TARGET_DIR)
    : join(root, "target");
  return join(targetDir, "debug", process.platform === "win32" ? "plugdesk.exe" : "plugdesk");
}

/** How long a new window may take to open before it is tried once more. */
const OPEN_WAIT_MS = 60000;

async function openWindow() {
  const browser = await remote({
    hostname: "127.0.0.1",
    port: DRIVER_PORT,
    logLevel: "warn",
    connectionRetryTimeout: OPEN_WAIT_MS,
    connectionRetryCount: 0,
    capabilities: {
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application: appBinaryPath() },
    },
  });
  await byTestId(browser, "app-shell").then((el) => el.waitForDisplayed({ timeout: 20000 }));
  return browser;
}

/**
 * Opens a new app window; the caller closes it with `browser.deleteSession()`. Now and then
 * WebKitWebDriver never hears from a window it started (seen on restarts while two specs run
 * side by side); such a start is ended and tried once more, and says so in the spec's output.
 */
export async function launchApp() {
  try {
    return await openWindow();
  } catch (error) {
    console.log(`the window did not open (${error.message}); starting it once more`);
    killApp();
    return await openWindow();
  }
}

/**
 * The processes of the app this spec started: the app and its WebKit web and network processes,
 * which may outlive it for a moment while they write its storage. Another lane's app runs the
 * same binary at the same time, with another app home in its environment.
 */
function appProcesses() {
  return processesOfThisApp([appBinaryPath(), "WebKit(Web|Network)Process"]);
}

/**
 * Ends the app this spec started, at once: for a window whose WebDriver session is gone, which
 * tauri-driver no longer ends itself.
 */
export function killApp() {
  for (const pid of appProcesses()) {
    try {
      process.kill(Number(pid), "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** The web processes drawing this spec's app window (one, and now and then a spare). */
export function webProcessesOfApp() {
  return processesOfThisApp(["WebKitWebProcess"]);
}

/** The processes whose command line matches one of `patterns` and that run this spec's app. */
function processesOfThisApp(patterns) {
  const home = process.env.PLUGDESK_E2E_HOME;
  const listed = (pattern) =>
    (spawnSync("pgrep", ["-f", pattern], { encoding: "utf8" }).stdout ?? "")
      .split("\n")
      .filter((pid) => pid !== "");
  return patterns.flatMap(listed).filter((pid) => {
    if (home === undefined) return true;
    try {
      return readFileSync(`/proc/${pid}/environ`, "latin1").includes(`PLUGDESK_E2E_HOME=${home}\0`);
    } catch {
      return false; // ended while we looked
    }
  });
}

/**
 * Quits the app and waits until its processes are gone: a start while the last one is still
 * shutting down would meet its single-instance lock or its WebKit storage, and the new session
 * would never open.
 */
export async function quitApp(browser, timeout = 20000) {
  await browser.deleteSession();
  const deadline = Date.now() + timeout;
  while (appProcesses().length > 0 && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 250));
  }
  if (appProcesses().length > 0)
    throw new Error("the app was still running after it was told to quit");
}

/** Tests find elements by data-testid only, never by text or CSS structure. */
export function byTestId(browser, testId) {
  return browser.$(`[data-testid="${testId}"]`);
}

export async function saveScreenshot(browser, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // The snapshot is of the last painted frame: let the window paint what the DOM now holds
  // (a list whose rows just arrived), so the picture shows what the test just checked.
  await browser.executeAsync((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100))),
  );
  await browser.saveScreenshot(path);
  return path;
}
