/// <reference types="node" />
// Reads files of the repository in tests, from wherever the test runner was started.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

function repositoryRoot(): string {
  let directory = process.cwd();
  while (!existsSync(join(directory, "crates", "ampeco"))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error("the tests must run inside the Plugdesk repository");
    directory = parent;
  }
  return directory;
}

export function readRepositoryFile(relativePath: string): string {
  return readFileSync(join(repositoryRoot(), relativePath), "utf8");
}
