#!/usr/bin/env node
// Runs the end-to-end suite against the real app window.
//
// Each spec file runs in a session of its own: a private D-Bus session with a fresh unlocked
// keyring (scripts/with-keyring.sh), its own X display (xvfb-run), a fresh home for the app
// (config, data, downloads) and tauri-driver on free ports — which starts WebKitWebDriver,
// which starts the app for each test session. Spec files therefore never see each other's
// profiles, keychain entries, windows or single-instance lock, and so two of them can run at
// once: `PLUGDESK_E2E_LANES` (default 2, one per core of the smallest build machine) sets
// how many. A spec's output is printed whole when it ends.
//
// `node e2e/run.mjs profiles` runs only the specs whose names contain "profiles".
// `node e2e/run.mjs --one <file>` runs one spec file in the current session (what each lane
// starts; expects a D-Bus session with a keyring and an X display).

import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { appBinaryPath } from "./lib/app.mjs";
import { startDriver } from "./lib/driver.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const logs = join(here, "logs");
mkdirSync(logs, { recursive: true });

const binary = appBinaryPath();
if (spawnSync("test", ["-x", binary]).status !== 0) {
  console.error(`The app binary ${binary} is missing: build it with cargo first (npm test does).`);
  process.exit(1);
}

/** Specs that take no screenshots and see the window drawn as the app itself chooses. */
const OWN_DRAWING = ["drawing.test.mjs"];

/** Runs one spec file against its own driver and app home; resolves to its exit status. */
async function runSpec(spec) {
  let driver;
  try {
    driver = await startDriver(join(logs, `tauri-driver-${basename(spec, ".test.mjs")}.log`), {
      screenshots: !OWN_DRAWING.includes(basename(spec)),
    });
    const run = spawnSync(process.execPath, ["--test", spec], {
      env: driver.env,
      stdio: "inherit",
    });
    return run.status ?? 1;
  } catch (error) {
    console.error(String(error));
    return 1;
  } finally {
    await driver?.stop();
  }
}

if (process.argv[2] === "--one") {
  process.exit(await runSpec(join(here, "specs", process.argv[3])));
}

/** Starts one spec file in a session of its own; resolves to its status and output. */
function runInOwnSession(name) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      "bash",
      [
        join(root, "scripts", "with-keyring.sh"),
        "xvfb-run",
        "-a",
        "-s",
        // -noreset: by default the X server starts afresh when its last client goes, as a spec's
        // window closing makes it; the display would then vanish for a moment under the tools
        // that watch the window, and lose the resources a spec set for the next window.
        "-screen 0 1280x800x24 -nolisten tcp -noreset",
        process.execPath,
        fileURLToPath(import.meta.url),
        "--one",
        name,
      ],
      { env: { ...process.env, NO_AT_BRIDGE: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("close", (code) =>
      resolve({
        status: code ?? 1,
        output: Buffer.concat(output),
        seconds: (Date.now() - started) / 1000,
      }),
    );
  });
}

// The longest spec first, so the lanes end close together.
const LONGEST_FIRST = ["every-change.test.mjs"];
const only = process.argv.slice(2);
const specs = readdirSync(join(here, "specs"))
  .filter((name) => name.endsWith(".test.mjs"))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort(
    (a, b) =>
      Number(LONGEST_FIRST.includes(b)) - Number(LONGEST_FIRST.includes(a)) || a.localeCompare(b),
  );

const lanes = Math.max(1, Number(process.env.PLUGDESK_E2E_LANES ?? 2) || 1);
const failed = [];
const queue = [...specs];
async function lane(index) {
  // xvfb-run -a picks the first free display; lanes starting at the same moment could pick the same one.
  await new Promise((resolve) => setTimeout(resolve, index * 3000));
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const { status, output, seconds } = await runInOwnSession(name);
    process.stdout.write(`\n--- e2e: ${name} (${Math.round(seconds)} s)\n`);
    process.stdout.write(output);
    if (status !== 0) failed.push(name);
  }
}
await Promise.all(Array.from({ length: Math.min(lanes, specs.length) }, (_, index) => lane(index)));
console.log(
  `\nend-to-end spec files: ${specs.length - failed.length} passed, ${failed.length} failed` +
    (failed.length ? ` (${failed.join(", ")})` : ""),
);
process.exit(failed.length === 0 && specs.length > 0 ? 0 : 1);
