#!/usr/bin/env node
// Home in the real app window, against a demo tenant at scale 20 (60,000 sessions):
//
// - Time from Home appearing for a freshly connected tenant (nothing cached) to the first widget
//   showing its numbers, and to every widget showing them, read in the page by polling each
//   widget's data-state once per animation frame. Targets: 1 s and 10 s.
// - Baseline in the same run: a plain HTTP loop (Node's fetch) walking the same pages of the same
//   listings with the same filters, one listing after another, as a client without Home's
//   engine would.
// - Memory: the app process's resident size sampled every 100 ms while Home counts, before,
//   at its peak and after.
//
// Writes its section of bench/RESULTS.md. Not part of `npm test`. Run with `npm run bench:home`
// after building the app and the demo tenant (see README.md).

import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { demoTenantBinaryPath, startDemoTenant } from "../e2e/lib/demoTenant.mjs";
import { startDriver } from "../e2e/lib/driver.mjs";
import { commit, loadAverage, machine, now, root, writeSection } from "./lib/resultsFile.mjs";
import { newestPid, requireBinary } from "./lib/window.mjs";

const WIDGETS = ["charger-status", "charging-now", "energy", "revenue", "attention", "counts"];
const FIRST_TARGET_MS = 1000;
const ALL_TARGET_MS = 10_000;
const WAIT_MS = 120_000;

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "20" },
    release: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const scale = Number(args.scale);
// `--release`: the release app and demo tenant (cargo build --release …), a section of its own.
const profile = args.release ? "release" : "debug";
if (args.release) {
  const bin = (name) =>
    join(root, "target", "release", process.platform === "win32" ? `${name}.exe` : name);
  process.env.PLUGDESK_E2E_APP = bin("plugdesk");
  process.env.PLUGDESK_E2E_DEMO_TENANT = bin("demo-tenant");
}

requireBinary(demoTenantBinaryPath(), "cargo build -p demo-tenant");

const token = `bench-${randomUUID()}`;
const loadBefore = loadAverage();
const tenant = await startDemoTenant({ token, scale });
const logs = join(root, "e2e", "logs");
mkdirSync(logs, { recursive: true });
let driver;
let browser;
let app;
let memory;
let baseline;
try {
  driver = await startDriver(join(logs, "tauri-driver-bench-home.log"));
  Object.assign(process.env, driver.env);
  const { appBinaryPath, launchApp, byTestId } = await import("../e2e/lib/app.mjs");
  requireBinary(
    appBinaryPath(),
    "npm run build -w ui && cargo build -p plugdesk --features custom-protocol",
  );
  browser = await launchApp();
  await browser.setTimeout({ script: WAIT_MS });
  const pid = newestPid(appBinaryPath());
  await browser.execute(() => {
    window.location.hash = "#/connect";
  });
  await byTestId(browser, "connect-form").waitForDisplayed({ timeout: 20_000 });
  // Recording starts before connecting: Home may open by itself once the tenant is connected.
  await browser.execute(recordHome, WIDGETS, WAIT_MS);
  const sampler = startRssSampler(pid);
  await connect(browser, byTestId, tenant.url);
  await browser.execute(() => {
    window.location.hash = "#/";
  });
  app = await browser.executeAsync((done) => {
    const check = () =>
      window.__homeBench.done ? done(window.__homeBench) : setTimeout(check, 50);
    check();
  });
  memory = sampler.stop();
  baseline = await plainWalk(tenant.url);
} finally {
  await browser?.deleteSession().catch(() => undefined);
  await driver?.stop();
  await tenant.stop();
}

const section = report(app, baseline, memory, loadBefore, loadAverage());
console.log(section);
if (!args["no-write"]) console.error(`wrote ${await writeSection(section)}`);

function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

function startRssSampler(pid) {
  const samples = [];
  const before = pid === null ? 0 : rssMb(pid);
  const timer = setInterval(() => {
    if (pid !== null) samples.push(rssMb(pid));
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return { before, peak: Math.max(before, ...samples), after: pid === null ? 0 : rssMb(pid) };
    },
  };
}

/** Connects through the connect screen, as an operator does, and opens Home. */
async function connect(browser, byTestId, url) {
  await byTestId(browser, "connect-name").addValue("Benchmark tenant");
  await byTestId(browser, "connect-url").addValue(url);
  await byTestId(browser, "connect-token").addValue(token);
  await byTestId(browser, "connect-save").click();
  await browser.waitUntil(
    async () =>
      (
        await browser.execute(
          () => document.querySelector('[data-testid="tenant-badge"]')?.innerText ?? "",
        )
      ).includes("Benchmark tenant"),
    { timeout: 30_000, timeoutMsg: "the benchmark tenant never connected" },
  );
}

/**
 * In the page: records, from Home's dashboard first appearing, when each widget first leaves
 * its loading state; the result lands in `window.__homeBench`.
 */
function recordHome(widgets, timeout) {
  const result = { finished: {}, states: {}, done: false };
  window.__homeBench = result;
  let start = null;
  const deadline = performance.now() + timeout;
  const poll = () => {
    const at = performance.now();
    if (start === null && document.querySelector('[data-testid="home-dashboard"]')) start = at;
    if (start !== null) {
      for (const name of widgets) {
        const state = document
          .querySelector(`[data-testid="home-widget-${name}"]`)
          ?.getAttribute("data-state");
        if (result.finished[name] === undefined && state && state !== "loading") {
          result.finished[name] = at - start;
          result.states[name] = state;
        }
      }
    }
    if (Object.keys(result.finished).length === widgets.length || at > deadline) {
      result.done = true;
    } else {
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);
}

/** Home's pages fetched by a plain loop: the same listings and filters, one after another. */
async function plainWalk(url) {
  const started = performance.now();
  let requests = 0;
  const get = async (path, params) => {
    const address = new URL(path, url);
    for (const [name, value] of Object.entries(params)) address.searchParams.set(name, value);
    const response = await fetch(address, {
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
    });
    requests += 1;
    if (!response.ok) throw new Error(`${address} answered ${response.status}`);
    return response.json();
  };
  const walk = async (path, params) => {
    let cursor = "";
    for (;;) {
      const body = await get(path, { ...params, per_page: "100", cursor });
      const next = body.links?.next
        ? new URL(body.links.next, url).searchParams.get("cursor")
        : null;
      if (!next || body.data.length === 0) return;
      cursor = next;
    }
  };
  const total = (path, params) => get(path, { ...params, page: "1", per_page: "1" });
  await walk("/public-api/resources/evses/v2.1", {});
  await walk("/public-api/resources/charge-points/v2.0", {});
  await total("/public-api/resources/sessions/v1.0", { "filter[status]": "active" });
  await total("/public-api/resources/sessions/v1.0", { "filter[paymentStatus]": "failed" });
  for (const day of lastDays(7)) {
    await walk("/public-api/resources/sessions/v1.0", {
      "filter[startedAfter]": day.after,
      "filter[startedBefore]": day.before,
    });
    await walk("/public-api/resources/transactions/v1.0", {
      "filter[status]": "finalized",
      "filter[finalizedAfter]": day.after,
      "filter[finalizedBefore]": day.before,
    });
  }
  await total("/public-api/resources/users/v1.0", {});
  await total("/public-api/resources/id-tags/v2.0", {});
  await total("/public-api/resources/subscriptions/v1.0", { "filter[status]": "active" });
  await total("/public-api/resources/reservations/v1.0", { "filter[status]": "active" });
  await walk("/public-api/resources/locations/v2.0", {});
  return { ms: performance.now() - started, requests };
}

/** The last `count` local days, today included, as the filters' inclusive bounds. */
function lastDays(count) {
  const days = [];
  const midnight = new Date();
  midnight.setHours(0, 0, 0, 0);
  for (let back = count - 1; back >= 0; back -= 1) {
    const start = new Date(midnight);
    start.setDate(midnight.getDate() - back);
    const end = new Date(start);
    end.setDate(start.getDate() + 1);
    const iso = (at) => at.toISOString().replace(/\.\d+Z$/, "Z");
    days.push({ after: iso(start), before: iso(new Date(end.getTime() - 1000)) });
  }
  return days;
}

function report(measured, plain, rss, before, after) {
  const ms = (value) => (value === undefined ? "not within the wait" : `${Math.round(value)} ms`);
  const times = WIDGETS.map((name) => measured.finished[name]).filter((v) => v !== undefined);
  const first = Math.min(...times);
  const all = times.length === WIDGETS.length ? Math.max(...times) : undefined;
  const lines = [];
  lines.push(
    `## Home in the real window, scale ${scale}${args.release ? " (release build)" : ""}`,
    "",
  );
  lines.push(
    `The built app (${profile} binary with the production UI bundle; the demo tenant the same build) under tauri-driver in Xvfb, connected through the connect screen to the demo tenant at scale ${scale} (${(scale * 3000).toLocaleString("en")} sessions) on loopback, nothing cached. Times run from Home's dashboard appearing to a widget leaving its loading state, read in the page once per animation frame. Charts over the default range (7 days). Baseline in the same run: a plain HTTP loop in Node walking the same pages of the same listings with the same filters, one listing after another.`,
    "",
  );
  lines.push(`- Date: ${now()}`);
  lines.push(`- Machine: ${machine()}`);
  lines.push(`- Commit: ${commit(["crates/insights", "ui/src/home", "bench/home.mjs"])}`);
  lines.push(`- Load average (1 min) before / after: ${before} / ${after}`, "");
  lines.push("| Widget | Ready after | State |", "|---|---|---|");
  for (const name of WIDGETS) {
    lines.push(
      `| ${name} | ${ms(measured.finished[name])} | ${measured.states[name] ?? "loading"} |`,
    );
  }
  lines.push(
    "",
    `**First widget: ${ms(first)} (${first <= FIRST_TARGET_MS ? "within" : "OVER"} the 1 s target); every widget: ${ms(all)} (${all !== undefined && all <= ALL_TARGET_MS ? "within" : "OVER"} the 10 s target).**`,
    "",
    `Baseline: the plain loop fetched the same ${plain.requests} pages in ${ms(plain.ms)}; Home's every-widget time is ${all === undefined ? "–" : `${(all / plain.ms).toFixed(2)}×`} that (Home walks its listings side by side under the tenant's concurrency limit and also renders six widgets).`,
    "",
    `Memory of the app process while Home counted: ${rss.before.toFixed(0)} MB before, ${rss.peak.toFixed(0)} MB at the peak, ${rss.after.toFixed(0)} MB after (sampled every 100 ms); the walks hold one page per listing at a time.`,
    "",
  );
  return lines.join("\n");
}
