// bench/RESULTS.md holds one "## " section per benchmark; each run replaces its own section and
// leaves the others (the Rust benchmarks in crates/bench write theirs the same way).

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const resultsPath = join(root, "bench", "RESULTS.md");

/**
 * Puts `section` (starting with its "## " title line) in place of its namesake, or at the end,
 * formatted as the repository's Prettier settings want it (`npm test` checks the file).
 */
export async function writeSection(section) {
  const document = existsSync(resultsPath) ? readFileSync(resultsPath, "utf8") : "# Benchmarks\n";
  const options = (await prettier.resolveConfig(resultsPath)) ?? {};
  const text = await prettier.format(replaceSection(document, section), {
    ...options,
    filepath: resultsPath,
  });
  writeFileSync(resultsPath, text);
  return resultsPath;
}

export function replaceSection(document, section) {
  const title = section.split("\n", 1)[0];
  const body = `${section.trimEnd()}\n`;
  const lines = document.split(/(?<=\n)/);
  const starts = [];
  let offset = 0;
  for (const line of lines) {
    if (line.startsWith("## ")) starts.push({ offset, title: line.trimEnd() });
    offset += line.length;
  }
  const index = starts.findIndex((start) => start.title === title);
  if (index === -1) return `${document.trimEnd()}\n\n${body}`;
  const start = starts[index].offset;
  const end = starts[index + 1]?.offset ?? document.length;
  const gap = end < document.length ? "\n" : "";
  return document.slice(0, start) + body + gap + document.slice(end);
}

export function now() {
  return new Date().toISOString().replace(/\.\d+Z$/, "Z");
}

/** "2 cores, <CPU model>, linux": what decides the figures. */
export function machine() {
  const cpus = os.cpus();
  return `${cpus.length} cores, ${cpus[0]?.model?.trim() ?? "unknown CPU"}, ${process.platform}`;
}

/** The 1-minute load average: above the core count, other work was competing. */
export function loadAverage() {
  return os.loadavg()[0].toFixed(1);
}

/** The commit, marked when `measured` (paths from the repository root) had changes. */
export function commit(measured) {
  const git = (args) => {
    try {
      return execFileSync("git", ["-C", root, ...args], { encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  };
  const hash = git(["rev-parse", "--short", "HEAD"]);
  if (hash === null) return "unknown";
  const changes = git(["status", "--porcelain", "--", ...measured]);
  return changes
    ? `${hash} (with uncommitted changes to the measured code or the benchmark)`
    : hash;
}
