#!/usr/bin/env node
// `npm run app`: install what is missing, build Plugdesk and open it (with the
// UI hot-reloading from the Vite dev server).

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function run(cmd, args) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) {
    console.error(`Could not run ${cmd}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.platform === "win32") {
  // No bash here: check the two tools we cannot install ourselves.
  for (const tool of ["cargo", "npm"]) {
    const probe = spawnSync(tool, ["--version"], { shell: true, stdio: "ignore" });
    if (probe.status !== 0) {
      console.error(
        `${tool} is missing. Install Rust (rustup), Node.js 20+, the Microsoft C++ Build Tools and WebView2, then run this again.`,
      );
      process.exit(1);
    }
  }
  if (!existsSync(join(root, "node_modules"))) run("npm", ["ci", "--no-audit", "--no-fund"]);
} else {
  run("bash", [join(root, "scripts", "install-deps.sh")]);
}

run("npx", ["tauri", "dev"]);
