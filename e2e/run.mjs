#!/usr/bin/env node
// Runs the end-to-end suite against the real app window.
//
// Expects to be started inside a D-Bus session with an unlocked keyring and an
// X display (see scripts/test.mjs). Starts tauri-driver, which starts
// WebKitWebDriver, which starts the app for each test session.

import { spawn, spawnSync } from "node:child_process";
import {
  mkdtempSync,
  readdirSync,
  rmSync,
  mkdirSync,
  createWriteStream,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";

import { appBinaryPath } from "./lib/app.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const logs = join(here, "logs");
mkdirSync(logs, { recursive: true });

const only = process.argv.slice(2);
const binary = appBinaryPath();
const build = spawnSync("test", ["-x", binary]);
if (build.status !== 0) {
  console.error(`The app binary ${binary} is missing: build it with cargo first (npm test does).`);
  process.exit(1);
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
const driverPort = await freePort();
const nativePort = await freePort();

// A fresh config and data folder, so no earlier run's profiles leak in.
const appHome = mkdtempSync(join(tmpdir(), "plugdesk-e2e-"));
// Exports land in the Downloads folder, which XDG's user-dirs.dirs names.
const downloads = join(appHome, "downloads");
mkdirSync(join(appHome, "config"), { recursive: true });
mkdirSync(downloads, { recursive: true });
writeFileSync(join(appHome, "config", "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
const env = {
  ...process.env,
  XDG_CONFIG_HOME: join(appHome, "config"),
  XDG_CACHE_HOME: join(appHome, "cache"),
  PLUGDESK_E2E_HOME: appHome,
  PLUGDESK_E2E_DOWNLOADS: downloads,
  PLUGDESK_E2E_DRIVER_PORT: String(driverPort),
  NO_AT_BRIDGE: "1",
};

const driverLog = createWriteStream(join(logs, "tauri-driver.log"));
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
  { env, cwd: appHome, stdio: ["ignore", "pipe", "pipe"] },
);
driver.stdout.pipe(driverLog);
driver.stderr.pipe(driverLog);
driver.on("error", (error) => {
  console.error(
    `tauri-driver could not start (${error.message}); install it with: cargo install tauri-driver --locked --version 2.1.0`,
  );
  process.exit(1);
});

async function waitForPort(port, timeoutMs) {
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

let status = 1;
try {
  await waitForPort(driverPort, 15000);
  const specs = readdirSync(join(here, "specs"))
    .filter((name) => name.endsWith(".test.mjs"))
    // `node e2e/run.mjs profiles` runs only the specs whose names contain "profiles".
    .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
    .sort()
    .map((name) => join(here, "specs", name));
  const run = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...specs], {
    env,
    stdio: "inherit",
  });
  status = run.status ?? 1;
} catch (error) {
  console.error(String(error));
} finally {
  driver.kill("SIGTERM");
  rmSync(appHome, { recursive: true, force: true });
}
process.exit(status);
