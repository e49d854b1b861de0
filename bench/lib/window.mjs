// What every window benchmark does around its measurements: checks the binaries are built,
// drives the window by data-testid, connects it to a tenant through the connect screen as an
// operator does, and reads the memory of the app with its WebKit processes.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";

export const WAIT_MS = 30_000;

/** Stops with the command that builds `binary` when it is missing. */
export function requireBinary(binary, build) {
  if (!existsSync(binary)) {
    console.error(`${binary} is missing; build it first: ${build}`);
    process.exit(1);
  }
}

/** Small steps in the window, all finding elements by data-testid. */
export function windowHelpers(browser, byTestId) {
  const textOf = async (testId) =>
    (
      await browser.execute(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.innerText ?? "",
        testId,
      )
    ).trim();
  const exists = (testId) =>
    browser.execute((id) => document.querySelector(`[data-testid="${id}"]`) !== null, testId);
  const go = (hash) =>
    browser.execute((target) => {
      window.location.hash = target;
    }, hash);
  const waitFor = (check, message, timeout = WAIT_MS) =>
    browser.waitUntil(check, { timeout, interval: 100, timeoutMsg: message });
  return { browser, byTestId, textOf, exists, go, waitFor };
}

/** Connects the window to a tenant through the connect screen, as an operator does. */
export async function connect({ browser, byTestId, textOf, go, waitFor }, url, token, name) {
  await go("#/connect");
  await byTestId(browser, "connect-form").waitForDisplayed({ timeout: WAIT_MS });
  await byTestId(browser, "connect-name").addValue(name);
  await byTestId(browser, "connect-url").addValue(url);
  await byTestId(browser, "connect-token").addValue(token);
  await byTestId(browser, "connect-save").click();
  await waitFor(
    async () => (await textOf("tenant-badge")).includes(name),
    `the tenant "${name}" never connected`,
  );
}

/** The id of the newest running process started from `binary`, or null. */
export function newestPid(binary) {
  const lines = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" }).split("\n");
  const pids = lines
    .map((line) => line.trim())
    .filter((line) => line.split(/\s+/)[1] === binary)
    .map((line) => Number(line.split(/\s+/)[0]));
  return pids.length === 0 ? null : Math.max(...pids);
}

/** `pid` and every process below it (WebKit's web and network processes, bwrap between). */
export function processTree(pid) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(Number(entry));
    } catch {
      // A process gone while the list was read.
    }
  }
  const tree = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift();
    tree.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return tree;
}

function statusKb(pid, field) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function pssKb(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+)/m.exec(text)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Memory of `pid` with all its descendants, in MiB: `rss` sums their resident sizes (what the
 * issue and a task manager show; shared libraries count once per process), `pss` shares each
 * shared page out among the processes using it (sums to what they really hold together).
 */
export function treeMemory(pid) {
  const pids = processTree(pid);
  const rss = pids.reduce((sum, each) => sum + statusKb(each, "VmRSS"), 0) / 1024;
  const pss = pids.reduce((sum, each) => sum + pssKb(each), 0) / 1024;
  // Each process on its own (the app's Rust side, WebKit's web and network processes), to
  // tell whose memory a figure is.
  const parts = pids.map((each) => ({
    name: processName(each),
    pss: pssKb(each) / 1024,
  }));
  return { rss, pss, processes: pids.length, parts };
}

function processName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}

/** "plugdesk 60, WebKitWebProces 400" : each process's PSS in MiB. */
export function describeParts(memory) {
  return memory.parts.map((part) => `${part.name} ${part.pss.toFixed(0)}`).join(", ");
}

/**
 * When `pid` started, in milliseconds since the epoch, to the kernel's clock tick (10 ms): its
 * start in ticks after boot set against the time since boot now (both on the boot clock; the
 * boot time /proc/stat gives is rounded to the second).
 */
export function processStartEpochMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const uptimeSeconds = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]);
  const nowMs = Date.now();
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Field 22 of stat (the 20th after pid and comm): start time in clock ticks after boot.
  const ticks = Number(fields[19]);
  const hz = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
  return nowMs - (uptimeSeconds - ticks / hz) * 1000;
}
