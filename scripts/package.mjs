#!/usr/bin/env node
// `npm run package`: builds the release installers this system can build offline and says
// where they are. Linux: .deb and .rpm (an AppImage needs tools downloaded at build time;
// the release workflow builds it). Windows: .msi and the setup .exe. macOS: .app and .dmg.
// Then `npm run package:check` inspects, installs, starts and removes them (Linux).

import { spawnSync } from "node:child_process";
import {
  bundlesForThisSystem,
  findInstallers,
  root,
  sizeInMiB,
  workspaceVersion,
} from "./lib/packages.mjs";

const bundles = bundlesForThisSystem();
const version = workspaceVersion();
console.log(
  `==> Building Plugdesk ${version} installers: ${bundles.join(", ")} (a release build takes a while)`,
);
const build = spawnSync("npx", ["tauri", "build", "--bundles", bundles.join(",")], {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (build.status !== 0) {
  console.error(
    `\nThe release build failed (exit ${build.status ?? build.error?.message}); see above.`,
  );
  process.exit(1);
}

const installers = findInstallers("release", version);
const missing = bundles.filter((kind) => !installers[kind]);
console.log("\nPlugdesk installers:");
for (const [kind, path] of Object.entries(installers)) {
  console.log(`  ${kind.padEnd(5)} ${path}${kind === "app" ? "" : `  (${sizeInMiB(path)} MiB)`}`);
}
if (missing.length > 0) {
  console.error(`Missing after the build: ${missing.join(", ")}`);
  process.exit(1);
}
if (process.platform === "linux") console.log("Check them with: npm run package:check");
