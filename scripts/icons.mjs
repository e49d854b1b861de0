#!/usr/bin/env node
// `npm run icons`: regenerates every bitmap of the app icon from the one drawing,
// src-tauri/icons/plugdesk.svg, with `tauri icon`. Keeps the files the desktop installers use
// (tauri.conf.json > bundle > icon): PNGs in the sizes Linux menus and docks ask for (16 to
// 512 px), the Windows .ico and the macOS .icns. Mobile and Store sizes are not kept.

import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const icons = join(root, "src-tauri", "icons");
const source = join(icons, "plugdesk.svg");
/** Sizes `tauri icon` does not make by default, for the hicolor theme's 16, 24, 48 and 256. */
const EXTRA_SIZES = "16,24,48,256";
const KEEP = /^(\d+x\d+\.png|icon\.(png|ico|icns))$/;

function tauriIcon(output, extra = []) {
  const run = spawnSync("npx", ["tauri", "icon", source, "--output", output, ...extra], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const scratch = mkdtempSync(join(tmpdir(), "plugdesk-icons-"));
try {
  tauriIcon(join(scratch, "default"));
  tauriIcon(join(scratch, "extra"), ["--png", EXTRA_SIZES]);
  const kept = [];
  for (const folder of ["default", "extra"]) {
    for (const name of readdirSync(join(scratch, folder)).filter((file) => KEEP.test(file))) {
      copyFileSync(join(scratch, folder, name), join(icons, name));
      kept.push(name);
    }
  }
  console.log(`Icons written to src-tauri/icons: ${[...new Set(kept)].sort().join(", ")}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
