#!/usr/bin/env node
// The Linux package check: what `npm run package:check` runs on the release installers, and
// `npm test` on a .deb bundled from the debug build the tests already made (`--debug --build`).
//
// 1. The .deb's metadata (name, version, dependencies, recommended keychain) and file list:
//    the binary, a .desktop entry, the icon in every size, the licence and changelog, and
//    nothing outside those places. lintian, Debian's package checker, reports no errors.
//    The .rpm, when there is one, declares the same dependencies and files.
// 2. The package is installed into the system (as root, when Plugdesk is not installed
//    already) or else unpacked into a scratch root; its .desktop file passes
//    desktop-file-validate; the installed binary is started under Xvfb and driven through
//    tauri-driver to the app shell and the demo network (e2e/package/installed-app.test.mjs).
// 3. It is removed again: none of its files remain, and the operator's own data does.
//
// Runs inside a D-Bus session with a keyring and an X display:
//   bash scripts/with-keyring.sh xvfb-run -a node scripts/package-check.mjs [--debug] [--build] [--scratch]

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startDriver } from "../e2e/lib/driver.mjs";
import { bundleDir, findInstallers, root, sizeInMiB, workspaceVersion } from "./lib/packages.mjs";

const debug = process.argv.includes("--debug");
const build = process.argv.includes("--build");
/** Unpack into a scratch root even as root (what a non-root run does). */
const scratchOnly = process.argv.includes("--scratch");
const profile = debug ? "debug" : "release";
const version = workspaceVersion();

const PACKAGE = "plugdesk";
const DESKTOP_FILE = "usr/share/applications/Plugdesk.desktop";
const BINARY = "usr/bin/plugdesk";
const ICON_SIZES = ["16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512"];
const REQUIRED_FILES = [
  BINARY,
  DESKTOP_FILE,
  ...ICON_SIZES.map((size) => `usr/share/icons/hicolor/${size}/apps/plugdesk.png`),
  "usr/share/icons/hicolor/scalable/apps/plugdesk.svg",
];
const DEB_ONLY_FILES = ["usr/share/doc/plugdesk/copyright", "usr/share/doc/plugdesk/changelog.gz"];
/** The usual places; a file anywhere else fails the check. */
const ALLOWED_PLACES = [
  "usr/bin/",
  "usr/share/applications/",
  "usr/share/icons/hicolor/",
  "usr/share/doc/plugdesk/",
];
/** Tauri adds the first two itself; tauri.conf.json names the others. */
const DEB_DEPENDS = [
  "libwebkit2gtk-4.1-0",
  "libgtk-3-0",
  "librsvg2-2",
  "libayatana-appindicator3-1",
  "libc6",
];
const RPM_REQUIRES = ["webkit2gtk4.1", "gtk3", "librsvg2", "libayatana-appindicator-gtk3"];
/**
 * lintian errors a debug build has by nature and a release build must not: its binary keeps
 * its symbols (stripping is part of the release profile).
 */
const DEBUG_BUILD_LINTIAN_TAGS = new Set(["unstripped-binary-or-object"]);

const results = [];
/** Sizes for bench/RESULTS.md, printed at the end. */
const sizes = [];
function check(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"}  ${name}${detail ? ` — ${detail}` : ""}`);
  return ok;
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.error) throw new Error(`could not run ${cmd}: ${result.error.message}`);
  return result;
}

function need(tool, debianPackage) {
  if (run("sh", ["-c", `command -v ${tool}`]).status !== 0) {
    console.error(
      `${tool} is missing: install ${debianPackage} (scripts/install-deps.sh --for-tests does).`,
    );
    process.exit(1);
  }
}

/** Paths of the files (not folders) in a .deb, without the leading "./". */
function debFiles(deb) {
  return (
    run("dpkg-deb", ["--contents", deb])
      .stdout.split("\n")
      .filter((line) => line && !line.startsWith("d"))
      // "-rw-r--r-- 0/0 1196 2026-12-02 12:02 usr/share/doc/plugdesk/copyright"
      .map((line) =>
        line
          .split(/\s+/)
          .slice(5)
          .join(" ")
          .split(" -> ")[0]
          .replace(/^\.?\//, ""),
      )
  );
}

/** The newest GLIBC_x.y symbol version a binary needs, e.g. "2.34". */
function newestGlibc(binary) {
  const versions = [...run("objdump", ["-T", binary]).stdout.matchAll(/GLIBC_(\d+)\.(\d+)/g)];
  const [major, minor] = versions
    .map((m) => [Number(m[1]), Number(m[2])])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .at(-1);
  return { major, minor, text: `${major}.${minor}` };
}

function checkFileList(kind, files, required) {
  const missing = required.filter((path) => !files.includes(path));
  check(
    `${kind}: installs the binary, the .desktop entry, the icon in every size`,
    missing.length === 0,
    missing.length ? `missing ${missing.join(", ")}` : `${files.length} files`,
  );
  const elsewhere = files.filter((path) => !ALLOWED_PLACES.some((place) => path.startsWith(place)));
  check(
    `${kind}: nothing outside ${ALLOWED_PLACES.join(", ")}`,
    elsewhere.length === 0,
    elsewhere.join(", "),
  );
}

function checkDeb(deb) {
  const field = (name) => run("dpkg-deb", ["-f", deb, name]).stdout.trim();
  check(".deb: package name", field("Package") === PACKAGE, field("Package"));
  check(".deb: version is the workspace version", field("Version") === version, field("Version"));
  const depends = field("Depends");
  const missingDepends = DEB_DEPENDS.filter(
    (dep) => !depends.split(/,\s*/).some((d) => d.split(" ")[0] === dep),
  );
  check(
    ".deb: depends on WebKitGTK 4.1, GTK 3, librsvg, appindicator and the C library",
    missingDepends.length === 0,
    missingDepends.length ? `missing ${missingDepends.join(", ")} in "${depends}"` : depends,
  );
  const recommends = field("Recommends");
  check(
    ".deb: recommends a Secret Service keychain",
    /gnome-keyring/.test(recommends) && /kwallet/.test(recommends),
    recommends,
  );
  check(
    ".deb: has a section and a description",
    field("Section") !== "" && field("Description") !== "",
  );
  sizes.push(
    `.deb ${sizeInMiB(deb)} MiB, installed ${(Number(field("Installed-Size")) / 1024).toFixed(1)} MiB (dpkg Installed-Size)`,
  );
  checkFileList(".deb", debFiles(deb), [...REQUIRED_FILES, ...DEB_ONLY_FILES]);

  const lintian = run("lintian", ["--tag-display-limit", "0", deb]);
  const lines = (lintian.stdout + lintian.stderr).split("\n").filter(Boolean);
  const errors = lines.filter((line) => line.startsWith("E:"));
  const excused = errors.filter(
    (line) => debug && DEBUG_BUILD_LINTIAN_TAGS.has(line.split(" ")[2]),
  );
  const real = errors.filter((line) => !excused.includes(line));
  for (const line of lines) console.log(`      lintian ${line}`);
  check(
    "lintian: no errors",
    real.length === 0,
    `${real.length} error(s)${excused.length ? `; ${excused.length} excused in a debug build` : ""}, ${lines.filter((l) => l.startsWith("W:")).length} warning(s)`,
  );
}

function checkRpm(rpm) {
  const query = (format) =>
    run("rpm", ["-qp", "--nosignature", "--queryformat", format, rpm]).stdout.trim();
  check(
    ".rpm: name and version",
    query("%{NAME} %{VERSION}") === `${PACKAGE} ${version}`,
    query("%{NAME} %{VERSION}"),
  );
  const requires = run("rpm", ["-qp", "--nosignature", "--requires", rpm])
    .stdout.split("\n")
    .map((l) => l.trim().split(" ")[0]);
  const missing = RPM_REQUIRES.filter((dep) => !requires.includes(dep));
  check(
    ".rpm: requires WebKitGTK 4.1, GTK 3, librsvg and appindicator",
    missing.length === 0,
    missing.join(", "),
  );
  const recommends = run("rpm", ["-qp", "--nosignature", "--recommends", rpm]).stdout;
  check(
    ".rpm: recommends a Secret Service keychain",
    /gnome-keyring/.test(recommends),
    recommends.trim(),
  );
  const files = run("rpm", ["-qlp", "--nosignature", rpm])
    .stdout.split("\n")
    .filter(Boolean)
    .map((p) => p.replace(/^\//, ""));
  checkFileList(".rpm", files, REQUIRED_FILES);
}

/** The declared `libc6 (>= x.y)` covers the newest C library symbol the binary uses. */
function checkLibcDependency(deb, binary) {
  const declared = /libc6 \(>= (\d+)\.(\d+)\)/.exec(run("dpkg-deb", ["-f", deb, "Depends"]).stdout);
  const needed = newestGlibc(binary);
  const covered =
    declared !== null &&
    (Number(declared[1]) > needed.major ||
      (Number(declared[1]) === needed.major && Number(declared[2]) >= needed.minor));
  check(
    "the libc6 dependency covers the C library the binary needs",
    covered,
    `declared ${declared ? `${declared[1]}.${declared[2]}` : "none"}, needs GLIBC_${needed.text}`,
  );
}

function parseDesktopEntry(path) {
  const entry = {};
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (match) entry[match[1]] = match[2];
  }
  return entry;
}

/** Installs into the system when that is safe, else unpacks; resolves to where it went. */
function install(deb) {
  const installedAlready = run("dpkg-query", ["-W", "-f=${Status}", PACKAGE]).stdout.includes(
    "install ok installed",
  );
  if (process.getuid?.() === 0 && !installedAlready && !scratchOnly) {
    const dpkg = run("dpkg", ["-i", deb]);
    if (!check("installed into the system (dpkg -i)", dpkg.status === 0, dpkg.stderr.trim()))
      return null;
    return { mode: "system", prefix: "/" };
  }
  const scratch = mkdtempSync(join(tmpdir(), "plugdesk-package-root-"));
  const unpack = run("dpkg-deb", ["-x", deb, scratch]);
  check(
    `unpacked into a scratch root (${installedAlready ? "Plugdesk is installed on this system already" : scratchOnly ? "--scratch" : "not root"})`,
    unpack.status === 0,
    unpack.stderr.trim(),
  );
  return { mode: "scratch", prefix: scratch };
}

function remove(installed, files) {
  if (installed.mode === "system") {
    const purge = run("dpkg", ["--purge", PACKAGE]);
    check("removed again (dpkg --purge)", purge.status === 0, purge.stderr.trim());
    const status = run("dpkg-query", ["-W", "-f=${Status}", PACKAGE]).stdout;
    check("dpkg no longer lists it", !status.includes("installed"), status || "not known to dpkg");
  } else {
    rmSync(installed.prefix, { recursive: true, force: true });
  }
  const left = files.filter((path) => existsSync(join(installed.prefix, path)));
  check("none of its files remain", left.length === 0, left.join(", "));
}

/** Starts the installed binary under tauri-driver and runs the installed-app test against it. */
async function driveInstalledApp(installed, desktop) {
  mkdirSync(join(root, "e2e", "logs"), { recursive: true });
  const driver = await startDriver(
    join(root, "e2e", "logs", `tauri-driver-package-${profile}.log`),
    { screenshots: true },
  );
  try {
    const test = spawnSync(
      process.execPath,
      ["--test", join(root, "e2e", "package", "installed-app.test.mjs")],
      {
        stdio: "inherit",
        env: {
          ...driver.env,
          PLUGDESK_E2E_APP: join(installed.prefix, BINARY),
          PLUGDESK_EXPECTED_VERSION: version,
          PLUGDESK_EXPECTED_WM_CLASS: desktop.StartupWMClass ?? "",
        },
      },
    );
    check(
      "the installed app starts, shows its shell and opens the demo network",
      test.status === 0,
    );
    return { userData: join(driver.env.XDG_CONFIG_HOME, "io.plugdesk.desktop"), stop: driver.stop };
  } catch (error) {
    await driver.stop();
    throw error;
  }
}

async function main() {
  if (process.platform !== "linux") {
    console.log(
      "The package check inspects the Linux packages; on this system, `npm run package` is the check.",
    );
    return;
  }
  for (const [tool, pkg] of [
    ["dpkg-deb", "dpkg"],
    ["lintian", "lintian"],
    ["desktop-file-validate", "desktop-file-utils"],
    ["tauri-driver", "tauri-driver (cargo install)"],
  ]) {
    need(tool, pkg);
  }
  if (build) {
    console.log(`==> Bundling the ${profile} build as a .deb`);
    const args = ["tauri", "bundle", "--bundles", "deb"];
    if (debug) args.splice(2, 0, "--debug");
    const bundle = spawnSync("npx", args, { cwd: root, stdio: "inherit" });
    if (bundle.status !== 0) {
      console.error("Bundling failed; see above.");
      process.exit(1);
    }
  }
  const installers = findInstallers(profile, version);
  if (!installers.deb) {
    console.error(
      `No Plugdesk ${version} .deb in ${join(bundleDir(profile), "deb")}: run ${debug ? "this with --build" : "npm run package"} first.`,
    );
    process.exit(1);
  }
  console.log(`==> ${installers.deb} (${sizeInMiB(installers.deb)} MiB)`);
  checkDeb(installers.deb);
  if (installers.rpm) {
    need("rpm", "rpm");
    console.log(`==> ${installers.rpm} (${sizeInMiB(installers.rpm)} MiB)`);
    sizes.push(`.rpm ${sizeInMiB(installers.rpm)} MiB`);
    checkRpm(installers.rpm);
  } else if (!debug) {
    check(".rpm: built by npm run package", false, `none in ${join(bundleDir(profile), "rpm")}`);
  }

  const files = debFiles(installers.deb);
  const installed = install(installers.deb);
  if (installed) {
    let session;
    try {
      sizes.push(`binary ${sizeInMiB(join(installed.prefix, BINARY))} MiB`);
      checkLibcDependency(installers.deb, join(installed.prefix, BINARY));
      const desktopPath = join(installed.prefix, DESKTOP_FILE);
      const validate = run("desktop-file-validate", [desktopPath]);
      check(
        "desktop-file-validate accepts the .desktop entry",
        validate.status === 0,
        (validate.stdout + validate.stderr).trim(),
      );
      const desktop = parseDesktopEntry(desktopPath);
      check(
        ".desktop: starts the installed binary, with its icon and category",
        desktop.Exec?.split(" ")[0] === "plugdesk" &&
          desktop.Icon === "plugdesk" &&
          (desktop.Categories ?? "").split(";").includes("Utility"),
        `Exec=${desktop.Exec} Icon=${desktop.Icon} Categories=${desktop.Categories}`,
      );
      check(
        ".desktop: names the window class (StartupWMClass)",
        Boolean(desktop.StartupWMClass),
        desktop.StartupWMClass,
      );
      session = await driveInstalledApp(installed, desktop);
    } finally {
      remove(installed, files);
    }
    if (session) {
      check(
        "the operator's own data is left in place",
        existsSync(session.userData),
        session.userData,
      );
      await session.stop();
    }
  }

  console.log(`\nsizes (${profile}): ${sizes.join("; ")}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\npackage checks: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

await main();
