// tauri-driver for one run against the real app window: a fresh home for the app (config with
// a Downloads folder named the XDG way, data, cache), tauri-driver on free ports, and the
// environment that points the app and `launchApp` at both. Used by e2e/run.mjs for each spec
// file and by the benchmarks in bench/.

import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`tauri-driver did not listen on port ${port} within ${timeoutMs} ms`);
}

/** A fresh home for the app: config (with a Downloads folder named the XDG way), data, cache. */
export function freshHome() {
  const home = mkdtempSync(join(tmpdir(), "plugdesk-e2e-"));
  const downloads = join(home, "downloads");
  mkdirSync(join(home, "config"), { recursive: true });
  mkdirSync(downloads, { recursive: true });
  writeFileSync(join(home, "config", "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  return { home, downloads };
}

/**
 * Starts tauri-driver with a fresh app home, logging to `logPath`. Resolves once it listens, to
 * `{ env, stop }`: `env` is what a process running `launchApp` needs (spread it into
 * `process.env` in this process, or pass it to a child); `await stop()` ends the driver with
 * everything it started and removes the home.
 *
 * With `screenshots`, the app draws its window the usual way even on a machine without a
 * GPU, where it would otherwise draw without OpenGL compositing (src-tauri/src/web_process.rs):
 * WebKit's WebDriver never answers a screenshot in that mode. The app keeps a value the
 * environment already gives, as it does an operator's.
 */
export async function startDriver(logPath, { screenshots = false } = {}) {
  const { home, downloads } = freshHome();
  const driverPort = await freePort();
  const nativePort = await freePort();
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_DATA_HOME: join(home, "data"),
    XDG_CACHE_HOME: join(home, "cache"),
    PLUGDESK_E2E_HOME: home,
    PLUGDESK_E2E_DOWNLOADS: downloads,
    PLUGDESK_E2E_DRIVER_PORT: String(driverPort),
    NO_AT_BRIDGE: "1",
    ...(screenshots && { WEBKIT_DISABLE_COMPOSITING_MODE: "0" }),
  };
  const stop = async () => {
    await endProcessGroup(driver);
    await removeHome(home);
  };
  const log = createWriteStream(logPath);
  const driver = spawn(
    "tauri-driver",
    [
      "--port",
      String(driverPort),
      "--native-port",
      String(nativePort),
      "--native-driver",
      "/usr/bin/WebKitWebDriver",
    ],
    // Its own process group, so stopping it also ends WebKitWebDriver, the app and its web
    // processes rather than leaving them writing into a home that is being removed.
    { env, cwd: home, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  driver.stdout.pipe(log);
  driver.stderr.pipe(log);
  try {
    await new Promise((resolve, reject) => {
      driver.on("error", (error) =>
        reject(
          new Error(
            `tauri-driver could not start (${error.message}); install it with: cargo install tauri-driver --locked --version 2.1.0`,
          ),
        ),
      );
      waitForPort(driverPort, 15000).then(resolve, reject);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { env, stop };
}

/** Sends SIGTERM to the child's whole process group, then SIGKILL if it has not exited in 5 s. */
async function endProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
  // Grandchildren that outlive the driver by a moment still belong to the group.
  signalGroup("SIGKILL");
}

/**
 * Removes a run's home. A web process may still be flushing its shader cache for a moment after
 * the group ends, so removal is retried; a home that still cannot be removed is reported and
 * left in the temporary folder: it is not a failure of the app under test.
 */
async function removeHome(home) {
  try {
    await rm(home, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
  } catch (error) {
    console.warn(`could not remove the test home ${home}: ${error.message}`);
  }
}
