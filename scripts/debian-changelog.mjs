#!/usr/bin/env node
// Compresses src-tauri/linux/changelog the way Debian packages ship it (gzip at maximum
// compression, no file name or time stamp inside) into target/package-doc/changelog.gz, from
// where the .deb installs it as /usr/share/doc/plugdesk/changelog.gz. Run by Tauri before it
// bundles on Linux (src-tauri/tauri.linux.conf.json > build > beforeBundleCommand).

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const output = join(root, "target", "package-doc", "changelog.gz");
mkdirSync(dirname(output), { recursive: true });
const text = readFileSync(join(root, "src-tauri", "linux", "changelog"));
writeFileSync(output, gzipSync(text, { level: constants.Z_BEST_COMPRESSION }));
