// Where Plugdesk's installers are and what they are called: shared by `npm run package`,
// which builds them, and the package check, which inspects them.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The one version, from the `[workspace.package]` table of the root Cargo.toml. */
export function workspaceVersion() {
  const manifest = readFileSync(join(root, "Cargo.toml"), "utf8");
  const table = manifest.split("\n[").find((section) => section.startsWith("workspace.package]"));
  const version = table?.match(/^version = "([^"]+)"/m)?.[1];
  if (!version) throw new Error("the root Cargo.toml names no [workspace.package] version");
  return version;
}

/** The installers each system builds offline, as `tauri build --bundles` names them. */
export function bundlesForThisSystem() {
  switch (process.platform) {
    case "linux":
      return ["deb", "rpm"];
    case "win32":
      return ["msi", "nsis"];
    case "darwin":
      return ["app", "dmg"];
    default:
      throw new Error(`Plugdesk has no installer for ${process.platform}`);
  }
}

/** The folder `tauri build` (release) or `tauri bundle --debug` writes bundles into. */
export function bundleDir(profile) {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
  return join(targetDir, profile, "bundle");
}

/**
 * The installers of this version in a bundle folder, e.g. `{ deb: ".../Plugdesk_0.1.0_amd64.deb" }`.
 * Older versions' files left in the same folder are ignored.
 */
export function findInstallers(profile, version = workspaceVersion()) {
  const found = {};
  const folders = { deb: "deb", rpm: "rpm", msi: "msi", nsis: "nsis", app: "macos", dmg: "dmg" };
  const endings = { deb: ".deb", rpm: ".rpm", msi: ".msi", nsis: ".exe", app: ".app", dmg: ".dmg" };
  for (const [kind, folder] of Object.entries(folders)) {
    const dir = join(bundleDir(profile), folder);
    if (!existsSync(dir)) continue;
    const name = readdirSync(dir)
      .filter((file) => file.endsWith(endings[kind]))
      .find((file) => kind === "app" || file.includes(version));
    if (name) found[kind] = join(dir, name);
  }
  return found;
}

export function sizeInMiB(path) {
  return (statSync(path).size / 1024 / 1024).toFixed(1);
}
