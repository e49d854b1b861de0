#!/usr/bin/env node
// Runs the end-to-end suite against the real app window.
//
// Expects to be started inside a D-Bus session with an unlocked keyring and an
// X display (see scripts/test.mjs). For each spec file it makes a fresh home
// for the app (config, data, downloads), starts tauri-driver on free ports —
// which starts WebKitWebDriver, which starts the app for each test session —
// and runs the file. Spec files therefore never see each other's profiles.
//
// `node e2e/run.mjs profiles` runs only the specs whose names contain "profiles".

import { spawn, spawnSync } from "node:child_process";
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { appBinaryPath } from "./lib/app.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const logs = join(here, "logs");
mkdirSync(logs, { recursive: true });

const binary = appBinaryPath();
if (spawnSync("test", ["-x", binary]).status !== 0) {
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

/** A fresh home for the app: config (with a Downloads folder named the XDG way), data, cache. */
function freshHome() {
  const home = mkdtempSync(join(tmpdir(), "plugdesk-e2e-"));
  const downloads = join(home, "downloads");
  mkdirSync(join(home, "config"), { recursive: true });
  mkdirSync(downloads, { recursive: true });
  writeFileSync(join(home, "config", "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  return { home, downloads };
}

/** Runs one spec file against its own driver and app home; resolves to its exit status. */
async function runSpec(spec) {
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
  };
  const log = createWriteStream(join(logs, `tauri-driver-${basename(spec, ".test.mjs")}.log`));
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
    { env, cwd: home, stdio: ["ignore", "pipe", "pipe"] },
  );
  driver.stdout.pipe(log);
  driver.stderr.pipe(log);
  const started = new Promise((resolve, reject) => {
    driver.on("error", (error) =>
      reject(
        new Error(
          `tauri-driver could not start (${error.message}); install it with: cargo install tauri-driver --locked --version 2.1.0`,
        ),
      ),
    );
    waitForPort(driverPort, 15000).then(resolve, reject);
  });
  try {
    await started;
    const run = spawnSync(process.execPath, ["--test", spec], { env, stdio: "inherit" });
    return run.status ?? 1;
  } catch (error) {
    console.error(String(error));
    return 1;
  } finally {
    driver.kill("SIGTERM");
    rmSync(home, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
const specs = readdirSync(join(here, "specs"))
  .filter((name) => name.endsWith(".test.mjs"))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

const failed = [];
for (const name of specs) {
  console.log(`\n--- e2e: ${name}`);
  if ((await runSpec(join(here, "specs", name))) !== 0) failed.push(name);
}
console.log(
  `\nend-to-end spec files: ${specs.length - failed.length} passed, ${failed.length} failed` +
    (failed.length ? ` (${failed.join(", ")})` : ""),
);
process.exit(failed.length === 0 && specs.length > 0 ? 0 : 1);
