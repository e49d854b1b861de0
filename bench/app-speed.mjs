#!/usr/bin/env node
// The speed an operator feels, in the real app window, each figure against a baseline run in
// the same script (ratios from one run, since the machine is shared):
//
// 1. Start-up: process start → app shell painted, and → first list rows painted when the saved
//    profile reconnects. Baseline: bench/minimal-window, a bare Tauri window of the same Tauri
//    version showing one static page, launched the same way (tauri-driver), taking turns.
// 2. Memory of the app process with its WebKit processes: idle after start, after opening
//    twenty list screens, and during Load all at each row count asked for. Baseline: the
//    minimal window, idle. On a machine without a GPU, where the app draws without OpenGL
//    compositing, start-up and memory are also read against the minimal window drawn that way.
// 3. Load all throughput into the table, against the command-line client (plugdesk-cli
//    fetch-all, the same engine without a window) walking the same pages in the same run.
// 4. Scrolling the rows Load all brought, against a plain div of as many static rows.
// 5. Opening a record and opening a form, click → painted, median of many. Baselines: the
//    same record fetched from the tenant plus a plain DOM table of its fields painted; a plain
//    DOM form of as many inputs painted.
//
// Start-up and idle memory run against a small demo tenant (scale 1) so Home settles; Load
// all, scrolling and the record and form opens against a large one (`--scale`).
//
// Writes its section of bench/RESULTS.md. Not part of `npm test`. Run with `npm run bench:app`
// after building the binaries (see README.md "Benchmarks").

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { remote } from "webdriverio";

import { demoTenantBinaryPath, startDemoTenant } from "../e2e/lib/demoTenant.mjs";
import { hasGpu } from "../e2e/lib/gpu.mjs";
import { startDriver } from "../e2e/lib/driver.mjs";
import {
  clickAndMeasure,
  paintPlainForm,
  paintPlainTable,
  recordScrollFrames,
  removeStaticRows,
  showStaticRows,
  waitForMark,
} from "./lib/pageScripts.mjs";
import { commit, loadAverage, machine, now, root, writeSection } from "./lib/resultsFile.mjs";
import { median, percentile } from "./lib/stats.mjs";
import {
  WAIT_MS,
  connect,
  newestPid,
  processStartEpochMs,
  requireBinary,
  describeParts,
  treeMemory,
  windowHelpers,
} from "./lib/window.mjs";

const SHELL_PAINTED = "plugdesk:shell-painted";
// The app's own start-up marks (ui/src/app/startupTiming.ts), in the order they are set.
const APP_STARTUP_MARKS = {
  modulesRun: "plugdesk:modules-run",
  shellRendered: "plugdesk:shell-rendered",
  shellCommitted: "plugdesk:shell-committed",
};
const LISTING_PAINTED = "plugdesk:listing-painted";
// Every session, not the last 7 days the list opens on (`recent=off`, as removing the chip does).
const SESSIONS = "#/r/sessions?perPage=100&recent=off";
const TABLE = '[data-testid="record-table"]';
const STATIC_ROWS = "bench-static-rows";
/** Static rows added to the scrolling baseline per call into the window. */
const STATIC_ROWS_PER_CALL = 10_000;
// The most static rows the baseline holds. WebKit takes minutes to lay out a plain div of
// 50,000 rows of ten cells (half a million elements) beside an app holding as many records, so
// past this the list is compared with the baseline at the size the issue compares against
// (12,000 rows), still scrolled over the same time.
const STATIC_ROWS_MAX = 12_000;
const ROW_HEIGHT = 36;
const DROPPED_FACTOR = 1.5;
const SETTLE_MS = 5000;
const LOAD_ALL_TIMEOUT_MS = 30 * 60_000;

const { values: args } = parseArgs({
  options: {
    release: { type: "boolean", default: false },
    // 3,000 sessions per unit: 102,000 at 34.
    scale: { type: "string", default: "34" },
    rows: { type: "string", default: "10000,50000,100000" },
    starts: { type: "string", default: "5" },
    screens: { type: "string", default: "20" },
    opens: { type: "string", default: "15" },
    // Long enough for some fifty frames at 100,000 rows, where a frame takes 300–800 ms: over
    // 5 s the p95 of 16–18 frames was nearly the slowest one and moved 0.8–2× between runs.
    "scroll-seconds": { type: "string", default: "15" },
    "no-write": { type: "boolean", default: false },
    // Only the starts (shell, first rows, idle memory), printed and not written: a quick look
    // at a change to start-up.
    "startup-only": { type: "boolean", default: false },
  },
});
const profile = args.release ? "release" : "debug";
const scale = Number(args.scale);
const checkpoints = args.rows.split(",").map(Number);
const starts = Number(args.starts);
const screenCount = Number(args.screens);
const opens = Number(args.opens);
const scrollMs = Number(args["scroll-seconds"]) * 1000;

const target = join(root, "target", profile);
const appBinary = join(target, "plugdesk");
const minimalBinary = join(target, "minimal-window");
const cliBinary = join(target, "plugdesk-cli");
const build = args.release
  ? "npm run build -w ui && cargo build --release --workspace --bins --features plugdesk/custom-protocol"
  : "npm run build -w ui && cargo build --workspace --bins --features plugdesk/custom-protocol";
// e2e/lib/app.mjs launches the app this names, e2e/lib/demoTenant.mjs the tenant.
process.env.PLUGDESK_E2E_APP = appBinary;
process.env.PLUGDESK_E2E_DEMO_TENANT = join(target, "demo-tenant");
for (const binary of [appBinary, minimalBinary, cliBinary, demoTenantBinaryPath()])
  requireBinary(binary, build);

// Where the machine has no GPU the app draws without OpenGL compositing, unless told otherwise
// (src-tauri/src/web_process.rs); the bare window draws the usual way. The bench then also starts
// the minimal window drawn as the app draws, through a wrapper that sets the same variable, so
// the start-up and memory ratios can be read like for like as well as against the bare window.
const appDrawsWithoutCompositing =
  process.env.WEBKIT_DISABLE_COMPOSITING_MODE === undefined && !hasGpu();
const minimalSameDrawing = appDrawsWithoutCompositing
  ? drawnWithoutCompositing(minimalBinary)
  : null;

/** A script that starts `binary` (same process, same arguments) drawing without compositing. */
function drawnWithoutCompositing(binary) {
  const script = join(
    mkdtempSync(join(tmpdir(), "plugdesk-bench-")),
    "minimal-without-compositing",
  );
  writeFileSync(script, `#!/bin/sh\nWEBKIT_DISABLE_COMPOSITING_MODE=1 exec "${binary}" "$@"\n`);
  chmodSync(script, 0o755);
  return script;
}

const token = `bench-${randomUUID()}`;
const loadBefore = loadAverage();
const small = await startDemoTenant({ token, scale: 1 });
const large = await startDemoTenant({ token, scale });
const logs = join(root, "e2e", "logs");
mkdirSync(logs, { recursive: true });
let driver;
let browser;
const results = {};
try {
  driver = await startDriver(join(logs, "tauri-driver-bench-app.log"));
  Object.assign(process.env, driver.env);
  const { DRIVER_PORT, launchApp, byTestId } = await import("../e2e/lib/app.mjs");
  const launch = (binary) =>
    remote({
      hostname: "127.0.0.1",
      port: DRIVER_PORT,
      logLevel: "warn",
      capabilities: {
        "wdio:enforceWebDriverClassic": true,
        "tauri:options": { application: binary },
      },
    });

  // Saves the small tenant's profile: every start after this one reconnects it by itself.
  browser = await launchApp();
  await connect(windowHelpers(browser, byTestId), small.url, token, "Small tenant");
  await browser.deleteSession();
  browser = undefined;

  results.startup = await measureStartup(launch, byTestId);
  if (!args["startup-only"]) {
    browser = await launchApp();
    const window = windowHelpers(browser, byTestId);
    await browser.setTimeout({ script: LOAD_ALL_TIMEOUT_MS });
    results.screens = await measureScreens(window);
    await connect(window, large.url, token, "Large tenant");
    results.loadAll = await measureLoadAll(window);
    results.scrolling = await measureScrolling(window, results.loadAll.rows);
    results.opens = await measureOpens(window);
  }
} finally {
  await browser?.deleteSession().catch(() => undefined);
  await driver?.stop();
  await small.stop();
  await large.stop();
}

if (args["startup-only"]) {
  console.log(startupMedians(results.startup));
} else {
  const section = report(results, loadBefore, loadAverage());
  console.log(section);
  if (!args["no-write"]) console.error(`wrote ${await writeSection(section)}`);
}

/** The start-up figures' medians in one line. */
function startupMedians({ runs }) {
  const med = (pick) => Math.round(median(runs.map(pick)) * 100) / 100;
  return [
    `shell ${med((run) => run.app.shell / run.minimal.shell)}×`,
    `first rows ${med((run) => run.app.firstRows)} ms`,
    `idle ${med((run) => run.app.memory.rss / run.minimal.memory.rss)}× RSS`,
    `${med((run) => run.app.memory.pss / run.minimal.memory.pss)}× PSS`,
    ...(runs[0].minimalSameDrawing
      ? [
          `like for like: shell ${med((run) => run.app.shell / run.minimalSameDrawing.shell)}×`,
          `idle ${med((run) => run.app.memory.rss / run.minimalSameDrawing.memory.rss)}× RSS`,
        ]
      : []),
    `(medians of ${runs.length} starts)`,
  ].join(", ");
}

/** Wall-clock time of the next `name` mark in the window (after `after` of them). */
function markTime(browser, name, after = 0) {
  return browser.executeAsync(waitForMark, name, after);
}

/**
 * Starts the minimal window and the app in turn, `starts` times each: from the process start
 * to the shell painted, for the app on to its first list rows, and memory once idle.
 */
async function measureStartup(launch, byTestId) {
  const runs = [];
  for (let run = 0; run < starts; run += 1) {
    const order = run % 2 === 0 ? ["minimal", "app"] : ["app", "minimal"];
    if (minimalSameDrawing !== null) order.push("minimalSameDrawing");
    const result = {};
    for (const which of order) {
      const binary = which === "app" ? appBinary : minimalBinary;
      const session = await launch(which === "minimalSameDrawing" ? minimalSameDrawing : binary);
      await session.setTimeout({ script: WAIT_MS });
      const pid = newestPid(binary);
      assert.ok(pid, `no process of ${binary} is running`);
      const started = processStartEpochMs(pid);
      const shell = (await markTime(session, SHELL_PAINTED)) - started;
      const entry = { shell, ...(await pagePhases(session, started)) };
      if (which === "app") {
        await session.waitUntil(
          async () =>
            (
              await session.execute(
                () => document.querySelector('[data-testid="tenant-badge"]')?.innerText ?? "",
              )
            ).includes("Small tenant"),
          { timeout: WAIT_MS, interval: 20, timeoutMsg: "the saved profile never reconnected" },
        );
        entry.connected = Date.now() - started;
        const before = await session.execute(
          (name) => performance.getEntriesByName(name, "mark").length,
          LISTING_PAINTED,
        );
        await session.execute((hash) => {
          window.location.hash = hash;
        }, SESSIONS);
        entry.firstRows = (await markTime(session, LISTING_PAINTED, before)) - started;
        await session.execute(() => {
          window.location.hash = "#/";
        });
      }
      await sleep(SETTLE_MS);
      entry.memory = treeMemory(pid);
      entry.pid = pid;
      console.error(
        `start ${run + 1} ${which}: page requested ${entry.pageStart.toFixed(0)} ms, scripts run ${entry.scriptsRun.toFixed(0)} ms,${entry.shellCommitted ? ` modules run ${entry.modulesRun.toFixed(0)} ms, shell rendered ${entry.shellRendered.toFixed(0)} ms, committed ${entry.shellCommitted.toFixed(0)} ms,` : ""} shell ${entry.shell.toFixed(0)} ms${entry.firstRows ? `, connected ${entry.connected.toFixed(0)} ms, first rows ${entry.firstRows.toFixed(0)} ms` : ""}, ${entry.memory.rss.toFixed(0)} MiB RSS, ${entry.memory.pss.toFixed(0)} MiB PSS (${entry.memory.processes} processes, PSS MiB each: ${describeParts(entry.memory)})`,
      );
      result[which] = entry;
      await session.deleteSession();
    }
    runs.push(result);
  }
  return { runs };
}

/**
 * Where a start's time went before the shell painted, since the process started: until the
 * page was requested (`performance.timeOrigin`: the Rust side set up, the window and WebKit's
 * processes started), and until the page's scripts had run (the navigation's
 * DOMContentLoaded end: every script of the first page fetched, parsed and run); for the app,
 * also its own marks between those and the paint (modules evaluated, shell rendered, shell
 * committed to the DOM).
 */
async function pagePhases(session, started) {
  const { origin, scriptsRun, marks } = await session.execute((names) => {
    const navigation = performance.getEntriesByType("navigation")[0];
    const marks = {};
    for (const [phase, name] of Object.entries(names)) {
      const mark = performance.getEntriesByName(name, "mark")[0];
      if (mark) marks[phase] = mark.startTime;
    }
    return {
      origin: performance.timeOrigin,
      scriptsRun: navigation.domContentLoadedEventEnd,
      marks,
    };
  }, APP_STARTUP_MARKS);
  const phases = { pageStart: origin - started, scriptsRun: origin + scriptsRun - started };
  for (const [phase, time] of Object.entries(marks)) phases[phase] = origin + time - started;
  return phases;
}

/** Opens `screenCount` list screens one after another, then Home; memory after. */
async function measureScreens({ browser, go }) {
  const pid = newestPid(appBinary);
  const before = treeMemory(pid);
  // The sidebar's sections start folded: unfold them all to read their links.
  await browser.execute(() => {
    for (const section of document.querySelectorAll('[data-testid^="nav-section-"]'))
      if (section.getAttribute("data-expanded") === null) section.click();
  });
  await sleep(1000);
  // One-record resources (settings) open their record, not a list: left out.
  const keys = await browser.execute(() =>
    Array.from(document.querySelectorAll('[data-testid^="nav-resource-"]'))
      .filter((link) => !(link.getAttribute("href") ?? "").endsWith("/record"))
      .map((link) => link.dataset.testid.slice("nav-resource-".length)),
  );
  assert.ok(keys.length >= screenCount, `the sidebar lists only ${keys.length} list screens`);
  const opened = [];
  for (const key of keys.slice(0, screenCount)) {
    const marks = await browser.execute(
      (name) => performance.getEntriesByName(name, "mark").length,
      LISTING_PAINTED,
    );
    await go(`#/r/${key}`);
    // A listing that fails (a resource the demo tenant leaves empty or refuses) paints no
    // rows: the screen was still opened, and the wait ends.
    await browser
      .waitUntil(
        async () =>
          (await browser.execute(
            (name) => performance.getEntriesByName(name, "mark").length,
            LISTING_PAINTED,
          )) > marks ||
          (await browser.execute(
            () => document.querySelector('[data-testid="list-error"],[role="alert"]') !== null,
          )),
        { timeout: 15_000, interval: 100 },
      )
      .catch(() => undefined);
    opened.push(key);
  }
  await go("#/");
  await sleep(SETTLE_MS);
  const after = treeMemory(pid);
  console.error(
    `opened ${opened.length} screens: ${before.rss.toFixed(0)} → ${after.rss.toFixed(0)} MiB RSS (PSS MiB each before: ${describeParts(before)}; after: ${describeParts(after)})`,
  );
  return { before, after, opened };
}

/** The command-line client reading `rows` sessions, 100 a page: seconds taken. */
function clientWalk(url, rows) {
  return new Promise((resolveWalk, rejectWalk) => {
    const started = performance.now();
    const child = spawn(
      cliBinary,
      ["fetch-all", "sessionsListing", "--tenant", url, "--query", "per_page=100"],
      { env: { ...process.env, PLUGDESK_TOKEN: token }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let lines = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const seconds = (performance.now() - started) / 1000;
      child.kill("SIGTERM");
      resolveWalk({ rows: lines, seconds });
    };
    child.stderr.resume();
    child.stdout.on("data", (chunk) => {
      for (const byte of chunk) if (byte === 10) lines += 1;
      if (lines >= rows) finish();
    });
    child.once("exit", (code) => {
      if (!finished && code !== 0) rejectWalk(new Error(`plugdesk-cli exited with ${code}`));
      else finish();
    });
  });
}

/** Load all on the sessions list, reading time and memory as the loaded count passes each checkpoint. */
async function measureLoadAll({ browser, byTestId, exists, go, waitFor }) {
  const goal = Math.max(...checkpoints);
  const clientBefore = await clientWalk(large.url, goal);
  await go(SESSIONS);
  await byTestId(browser, "load-all").waitForDisplayed({ timeout: WAIT_MS });
  await sleep(SETTLE_MS);
  const pid = newestPid(appBinary);
  const before = treeMemory(pid);
  // Rows in the table (which takes Load all's records in batches), not the count below it.
  const loadedCount = () =>
    browser.execute(() =>
      Number(
        document.querySelector('[data-testid="record-table"]')?.getAttribute("aria-rowcount") ?? 0,
      ),
    );
  const startRows = await loadedCount();
  const started = performance.now();
  await byTestId(browser, "load-all").click();
  const passed = [];
  let rows = startRows;
  let endedByItself = false;
  for (;;) {
    await sleep(250);
    rows = await loadedCount();
    endedByItself = !(await exists("load-all-stop"));
    while (passed.length < checkpoints.length && rows >= checkpoints[passed.length]) {
      const memory = treeMemory(pid);
      const seconds = (performance.now() - started) / 1000;
      passed.push({ rows, seconds, memory });
      console.error(
        `Load all: ${rows} rows after ${seconds.toFixed(1)} s, ${memory.rss.toFixed(0)} MiB RSS, ${memory.pss.toFixed(0)} MiB PSS (PSS MiB each: ${describeParts(memory)})`,
      );
    }
    if (endedByItself || rows >= goal || performance.now() - started > LOAD_ALL_TIMEOUT_MS) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const profile = await browser.execute(pageProfile);
  if (await exists("load-all-stop")) await byTestId(browser, "load-all-stop").click();
  await waitFor(async () => !(await exists("load-all-stop")), "Load all did not stop");
  await sleep(SETTLE_MS);
  const settled = { rows: await loadedCount(), memory: treeMemory(pid) };
  console.error(
    `Load all stopped: ${settled.rows} rows, ${settled.memory.rss.toFixed(0)} MiB RSS (PSS MiB each before: ${describeParts(before)}; now: ${describeParts(settled.memory)})`,
  );
  // When Load all ended by itself (its limit, the end, an error), the count shown trails the
  // last batches by up to a few hundred ms: what it brought by then is the count once settled.
  if (endedByItself) rows = settled.rows;
  const limited = await exists("load-all-limit");
  // What the bar below the table says when Load all ended before its goal (an error, say).
  const endedWith =
    rows < goal && !limited
      ? await browser.execute(
          () => document.querySelector('[data-testid="load-more-bar"]')?.textContent ?? "",
        )
      : "";
  if (endedWith !== "") console.error(`Load all ended at ${rows} rows: ${endedWith}`);
  const clientAfter = await clientWalk(large.url, goal);
  console.error(
    `Load all: page profile ${JSON.stringify(profile)}; ${rows} rows in ${seconds.toFixed(1)} s; client ${clientBefore.rows} in ${clientBefore.seconds.toFixed(1)} s and ${clientAfter.rows} in ${clientAfter.seconds.toFixed(1)} s`,
  );
  return {
    startRows,
    rows,
    seconds,
    before,
    passed,
    settled,
    limited,
    endedWith,
    profile,
    client: [clientBefore, clientAfter],
  };
}

/**
 * In the window, after Load all: from the app's marks, the median time between two batches of
 * pages arriving and the median time from a batch's arrival to its rows painted.
 */
function pageProfile() {
  const arrivals = performance
    .getEntriesByName("plugdesk:listing-data", "mark")
    .map((mark) => mark.startTime);
  const paints = performance
    .getEntriesByName("plugdesk:listing-data-to-paint", "measure")
    .map((measure) => measure.duration);
  const gaps = arrivals.slice(1).map((at, index) => at - arrivals[index]);
  const middle = (values) =>
    values.length === 0 ? null : [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    pages: arrivals.length,
    gap: middle(gaps),
    paint: middle(paints),
    paints: paints.length,
  };
}

async function measureScrolling({ browser }, rows) {
  const cells = await browser.execute(
    () => document.querySelectorAll('[role="columnheader"]').length,
  );
  const idle = await browser.executeAsync(recordScrollFrames, null, 1000);
  const idleInterval = median(idle.intervals);
  const summary = (frames) => ({
    frames: frames.intervals.length,
    dropped: frames.intervals.filter((interval) => interval > DROPPED_FACTOR * idleInterval).length,
    p95: percentile(frames.intervals, 0.95),
  });
  const app = summary(await browser.executeAsync(recordScrollFrames, TABLE, scrollMs));
  const staticRows = Math.min(rows, STATIC_ROWS_MAX) + 1;
  for (let from = 0; from < staticRows; from += STATIC_ROWS_PER_CALL) {
    const to = Math.min(staticRows, from + STATIC_ROWS_PER_CALL);
    await browser.executeAsync(showStaticRows, TABLE, STATIC_ROWS, from, to, cells, ROW_HEIGHT);
  }
  const plain = summary(
    await browser.executeAsync(recordScrollFrames, `[data-testid="${STATIC_ROWS}"]`, scrollMs),
  );
  await browser.execute(removeStaticRows, STATIC_ROWS);
  console.error(
    `scroll ${rows} rows: list p95 ${app.p95.toFixed(1)} ms, plain p95 ${plain.p95.toFixed(1)} ms`,
  );
  return { rows, staticRows, cells, idleInterval, app, plain };
}

/** A session record straight from the tenant, and the milliseconds the fetch took. */
async function tenantRecord(id) {
  const started = performance.now();
  const response = await fetch(new URL(`/public-api/resources/sessions/v1.0/${id}`, large.url), {
    headers: { authorization: `Bearer ${token}`, accept: "application/json" },
  });
  assert.ok(response.ok, `the tenant answered ${response.status} for session ${id}`);
  const body = await response.json();
  return { record: body.data, ms: performance.now() - started };
}

async function measureOpens({ browser, byTestId, go, exists, waitFor }) {
  const records = [];
  await go("#/r/sessions?perPage=25&recent=off");
  await waitFor(
    async () =>
      (await browser.execute(() => document.querySelectorAll('[data-testid="list-row"]').length)) >
      opens / 2,
    "the sessions list showed no rows",
  );
  for (let index = 0; index < opens; index += 1) {
    // Rows in view only (virtualized): the first few, each a record not opened before.
    const rowIndex = index % 10;
    const id = await browser.execute(
      (at) => document.querySelectorAll('[data-testid="list-row"]')[at]?.dataset.recordId,
      rowIndex,
    );
    const app = await browser.executeAsync(
      clickAndMeasure,
      '[data-testid="list-row"]',
      rowIndex,
      '[data-testid="detail-sessions"] [data-testid^="detail-field-"]',
    );
    assert.ok(app.duration !== undefined, app.error);
    const fields = await browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid^="detail-field-"]'), (field) =>
        field.dataset.testid.slice("detail-field-".length),
      ),
    );
    const { record, ms } = await tenantRecord(id);
    const plain = await browser.executeAsync(paintPlainTable, [record], fields);
    records.push({ app: app.duration, baseline: ms + plain.duration, fetch: ms });
    await go(`#/r/sessions?perPage=25&recent=off&page=${index + 2}`);
    await waitFor(async () => await exists("list-sessions"), "the list never came back");
    await waitFor(
      async () =>
        (await browser.execute(
          () => document.querySelectorAll('[data-testid="list-row"]').length,
        )) > 10,
      "the sessions list showed no rows",
    );
  }
  const forms = [];
  await go("#/r/users");
  await byTestId(browser, "create-button").waitForDisplayed({ timeout: WAIT_MS });
  for (let index = 0; index < opens; index += 1) {
    const app = await browser.executeAsync(
      clickAndMeasure,
      '[data-testid="create-button"]',
      0,
      '[data-testid="record-form"] [data-testid^="form-field-"]',
    );
    assert.ok(app.duration !== undefined, app.error);
    const fieldCount = await browser.execute(
      () => document.querySelectorAll('[data-testid="record-form"] input').length,
    );
    await browser.keys("Escape");
    await waitFor(async () => !(await exists("record-form")), "the form did not close");
    const plain = await browser.executeAsync(paintPlainForm, fieldCount);
    forms.push({ app: app.duration, baseline: plain.duration, fields: fieldCount });
  }
  console.error(
    `open record median ${median(records.map((r) => r.app)).toFixed(0)} ms, form ${median(forms.map((f) => f.app)).toFixed(0)} ms`,
  );
  return { records, forms };
}

function report({ startup, screens, loadAll, scrolling, opens: opened }, before, after) {
  const ms = (value) => `${Math.round(value)} ms`;
  const mib = (value) => `${Math.round(value)} MiB`;
  const ratio = (value) => `${value.toFixed(2)}×`;
  const lines = [];
  lines.push(`## The app as an operator feels it (${profile} build)`, "");
  lines.push(
    `The built app (${profile} binary with the production UI bundle) under tauri-driver in Xvfb. The demo tenant is the same build as the app. Start-up and idle memory against a demo tenant at scale 1 on loopback; Load all, scrolling and opening records against one at scale ${scale} (${(scale * 3000).toLocaleString("en")} sessions). Memory is that of the app process and every process below it (WebKit's web and network processes): RSS summed as a task manager shows it, and PSS (shared pages shared out, so the sum is what they hold together).`,
    "",
  );
  lines.push(`- Date: ${now()}`);
  lines.push(`- Machine: ${machine()}`);
  lines.push(
    `- Commit: ${commit(["ui/src", "src-tauri", "crates/session", "crates/ampeco", "bench"])}`,
  );
  lines.push(`- Load average (1 min) before / after the runs: ${before} / ${after}`, "");

  const runs = startup.runs;
  const med = (pick) => median(runs.map(pick));
  lines.push("### 1. Start-up", "");
  lines.push(
    `From the process start (the kernel's start time of the process) to the shell's first paint (\`${SHELL_PAINTED}\` mark, read on the wall clock through \`performance.timeOrigin\`), and for the app on to the tenant badge naming the saved profile (polled every 20 ms) and to the first sessions rows painted (the bench opens the list as soon as the badge shows). Baseline: \`bench/minimal-window\`, a bare Tauri window of the same Tauri version with one static page marking its first paint the same way. The two take turns at starting first.`,
    "",
  );
  lines.push(
    "| Start | Minimal window | App shell | Ratio | Profile reconnected | App first rows | Minimal idle RSS / PSS | App idle RSS / PSS |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const [index, run] of runs.entries()) {
    lines.push(
      `| ${index + 1} | ${ms(run.minimal.shell)} | ${ms(run.app.shell)} | ${ratio(run.app.shell / run.minimal.shell)} | ${ms(run.app.connected)} | ${ms(run.app.firstRows)} | ${mib(run.minimal.memory.rss)} / ${mib(run.minimal.memory.pss)} | ${mib(run.app.memory.rss)} / ${mib(run.app.memory.pss)} |`,
    );
  }
  const shellRatio = med((run) => run.app.shell / run.minimal.shell);
  const firstRows = med((run) => run.app.firstRows);
  const idleRatio = med((run) => run.app.memory.rss / run.minimal.memory.rss);
  const idlePssRatio = med((run) => run.app.memory.pss / run.minimal.memory.pss);
  lines.push(
    "",
    `**Median: app shell ${ms(med((run) => run.app.shell))} against ${ms(med((run) => run.minimal.shell))}, ratio ${ratio(shellRatio)} (target ≤ 1.5×: ${shellRatio <= 1.5 ? "met" : "NOT met"}); first rows ${ms(firstRows)} (target ≤ 2 s: ${firstRows <= 2000 ? "met" : "NOT met"}).**`,
    "",
  );
  const sameDrawing = runs[0].minimalSameDrawing !== undefined;
  if (sameDrawing) {
    lines.push(
      `This machine has no GPU, so the app draws without OpenGL compositing (\`src-tauri/src/web_process.rs\`) while the bare window composites through Mesa's software renderer. Like for like, the minimal window was also started drawn as the app draws (\`WEBKIT_DISABLE_COMPOSITING_MODE=1\`), after the other two each time: shell ${ms(med((run) => run.minimalSameDrawing.shell))}, idle ${mib(med((run) => run.minimalSameDrawing.memory.rss))} RSS / ${mib(med((run) => run.minimalSameDrawing.memory.pss))} PSS; **the app's shell ${ratio(med((run) => run.app.shell / run.minimalSameDrawing.shell))} of it, idle memory ${ratio(med((run) => run.app.memory.rss / run.minimalSameDrawing.memory.rss))} RSS, ${ratio(med((run) => run.app.memory.pss / run.minimalSameDrawing.memory.pss))} PSS**.`,
      "",
    );
  }

  const phase = (which, pick) => ms(med((run) => pick(run[which])));
  const appPhase = (name) => phase("app", (e) => e[name]);
  lines.push(
    "Where the time goes before the shell paints (medians): until the page is requested (`performance.timeOrigin`: the Rust side set up, the window and WebKit's processes started), until its scripts have run (the navigation's DOMContentLoaded end), and until the shell paints; for the app, its own marks between (`ui/src/app/startupTiming.ts`): every module evaluated, React reaching the shell (providers and router set up), the shell and Home committed to the DOM. From the commit to the paint is WebKit's style, layout and first frame.",
    "",
    "|  | Page requested | Modules run | Scripts run | Shell rendered | Shell committed | Shell painted |",
    "|---|---|---|---|---|---|---|",
    `| Minimal window | ${phase("minimal", (e) => e.pageStart)} | – | ${phase("minimal", (e) => e.scriptsRun)} | – | – | ${phase("minimal", (e) => e.shell)} |`,
    `| App | ${appPhase("pageStart")} | ${appPhase("modulesRun")} | ${appPhase("scriptsRun")} | ${appPhase("shellRendered")} | ${appPhase("shellCommitted")} | ${appPhase("shell")} |`,
    "",
  );

  lines.push("### 2. Memory", "");
  const minimalRss = med((run) => run.minimal.memory.rss);
  const minimalPss = med((run) => run.minimal.memory.pss);
  lines.push(
    `Idle ${SETTLE_MS / 1000} s after start (median of ${runs.length} starts): minimal window ${mib(minimalRss)} RSS / ${mib(minimalPss)} PSS, app ${mib(med((run) => run.app.memory.rss))} / ${mib(med((run) => run.app.memory.pss))}: **ratio ${ratio(idleRatio)} RSS, ${ratio(idlePssRatio)} PSS (target ≤ 1.5×: ${idleRatio <= 1.5 ? "met" : "NOT met"})**.`,
    "",
    `After opening ${screens.opened.length} list screens one after another and going back to Home (${SETTLE_MS / 1000} s later): ${mib(screens.before.rss)} → ${mib(screens.after.rss)} RSS, ${mib(screens.before.pss)} → ${mib(screens.after.pss)} PSS; **${ratio(screens.after.rss / minimalRss)} the minimal window (RSS), ${ratio(screens.after.pss / minimalPss)} (PSS)**${sameDrawing ? `; like for like (the minimal window drawn as the app draws), ${ratio(screens.after.rss / med((run) => run.minimalSameDrawing.memory.rss))} RSS, ${ratio(screens.after.pss / med((run) => run.minimalSameDrawing.memory.pss))} PSS` : ""}.`,
    "",
  );
  lines.push(
    `Load all on \`#/r/sessions\` (every session: the recent window removed) at 100 a page, memory read as the loaded count passed each mark (before: ${mib(loadAll.before.rss)} RSS / ${mib(loadAll.before.pss)} PSS with ${loadAll.startRows} rows). Target: at most 4 KiB more per loaded row.`,
    "",
    "| Rows loaded | After | RSS | PSS | RSS growth per row | PSS growth per row |",
    "|---|---|---|---|---|---|",
  );
  const perRow = (memory, rows, field) =>
    `${(((memory[field] - loadAll.before[field]) * 1024) / (rows - loadAll.startRows)).toFixed(1)} KiB`;
  for (const mark of loadAll.passed) {
    lines.push(
      `| ${mark.rows.toLocaleString("en")} | ${mark.seconds.toFixed(1)} s | ${mib(mark.memory.rss)} | ${mib(mark.memory.pss)} | ${perRow(mark.memory, mark.rows, "rss")} | ${perRow(mark.memory, mark.rows, "pss")} |`,
    );
  }
  lines.push(
    `| ${loadAll.settled.rows.toLocaleString("en")} (stopped, ${SETTLE_MS / 1000} s later) | – | ${mib(loadAll.settled.memory.rss)} | ${mib(loadAll.settled.memory.pss)} | ${perRow(loadAll.settled.memory, loadAll.settled.rows, "rss")} | ${perRow(loadAll.settled.memory, loadAll.settled.rows, "pss")} |`,
    "",
  );
  if (loadAll.limited) lines.push("Load all stopped at its record limit.", "");
  else if (loadAll.endedWith !== "")
    lines.push(
      `Load all ended before its goal; the bar below the table said: "${loadAll.endedWith}".`,
      "",
    );

  lines.push("### 3. Load all throughput", "");
  const appRate = (loadAll.rows - loadAll.startRows) / loadAll.seconds;
  const clientRates = loadAll.client.map((walk) => walk.rows / walk.seconds);
  // The mean of the walk before and the walk after: load from other work shifts between them.
  const clientRate = clientRates.reduce((sum, rate) => sum + rate, 0) / clientRates.length;
  lines.push(
    `Load all brought ${(loadAll.rows - loadAll.startRows).toLocaleString("en")} rows in ${loadAll.seconds.toFixed(1)} s: **${Math.round(appRate)} records/s**. Baseline: \`plugdesk-cli fetch-all sessionsListing --query per_page=100\` (${profile} build, the same client engine without a window) reading the same first ${loadAll.client[0].rows.toLocaleString("en")} sessions, once before and once after: ${clientRates.map((rate) => `${Math.round(rate)}`).join(" and ")} records/s. **Ratio ${ratio(appRate / clientRate)} of the client's mean pace (target ≥ 0.50×: ${appRate / clientRate >= 0.5 ? "met" : "NOT met"}).**`,
    "",
  );

  const pages = loadAll.profile;
  const fmt = (value) => (value === null ? "–" : `${value.toFixed(0)} ms`);
  lines.push(
    `Where the time goes, from the app's own User Timing marks: the Rust side walks the listing and hands the pages to the window in batches (\`plugdesk:listing-data\` as a batch arrives, \`plugdesk:listing-data-to-paint\` from an arrival to the rows painted). ${pages.pages} batches arrived, a median ${fmt(pages.gap)} apart; the table was handed ${pages.paints} of them (it takes what arrived at most every few hundred ms), each painted ${fmt(pages.paint)} (median) after its last batch arrived. The client needs ${(100_000 / clientRate).toFixed(0)} ms a page.`,
    "",
  );
  lines.push(`### 4. Scrolling ${scrolling.rows.toLocaleString("en")} loaded rows`, "");
  lines.push(
    `The table's scroll container scrolled top to bottom over ${scrollMs / 1000} s in a \`requestAnimationFrame\` loop (idle frame ${scrolling.idleInterval.toFixed(1)} ms; dropped = over ${DROPPED_FACTOR}× that). Baseline: a plain div of the same size holding ${scrolling.staticRows.toLocaleString("en")} static rows of ${scrolling.cells} cells${scrolling.staticRows < scrolling.rows ? ` (at most ${STATIC_ROWS_MAX.toLocaleString("en")}: WebKit takes minutes to lay out a plain div of 50,000 such rows beside the app)` : ""}.`,
    "",
    "| | Frames | Dropped | p95 frame |",
    "|---|---|---|---|",
    `| List | ${scrolling.app.frames} | ${scrolling.app.dropped} | ${scrolling.app.p95.toFixed(1)} ms |`,
    `| Plain div | ${scrolling.plain.frames} | ${scrolling.plain.dropped} | ${scrolling.plain.p95.toFixed(1)} ms |`,
    "",
    `**p95 ratio ${ratio(scrolling.app.p95 / scrolling.plain.p95)}** (12,005 rows on 2026-11-28: 0.57×).`,
    "",
  );

  lines.push("### 5. Opening a record and a form", "");
  const recordApp = median(opened.records.map((open) => open.app));
  const recordBase = median(opened.records.map((open) => open.baseline));
  const formApp = median(opened.forms.map((open) => open.app));
  const formBase = median(opened.forms.map((open) => open.baseline));
  lines.push(
    `Click → painted, in the window (the first task after the animation frame once the target shows), ${opened.records.length} times each. A record: a row of the sessions list (25 a page, a page not opened before each time) → its detail screen with its fields. Baseline: the same record fetched by a plain HTTP GET from the tenant (median ${ms(median(opened.records.map((open) => open.fetch)))}) plus a plain DOM table of its fields painted in the window. A form: "New user" on the users list → the form with its fields. Baseline: a plain DOM form of as many inputs (${opened.forms[0]?.fields ?? 0}) painted in the window.`,
    "",
    `**Median: record ${ms(recordApp)} (baseline ${ms(recordBase)}, ${ratio(recordApp / recordBase)}); form ${ms(formApp)} (baseline ${ms(formBase)}, ${ratio(formApp / formBase)}).**`,
    "",
  );
  lines.push(
    "Run it (not part of `npm test`; needs the built binaries, an X server via xvfb-run and a keyring, set up by the script):",
    "",
    "```",
    build,
    `npm run bench:app${args.release ? " -- --release" : ""}`,
    "```",
    "",
    "Options after `--`: `--release` (the release binaries), `--scale N` (3,000 sessions per unit; default 34), `--rows A,B,C` (Load all marks; default 10000,50000,100000), `--starts N` (default 5), `--screens N` (default 20), `--opens N` (default 15), `--scroll-seconds N` (default 15), `--no-write` (print only), `--startup-only` (only the starts, their medians printed).",
  );
  return lines.join("\n");
}
