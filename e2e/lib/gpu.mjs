// Whether the machine has a GPU, as Plugdesk decides how to draw its window
// (src-tauri/src/web_process.rs). Imports nothing of the driver, so a benchmark can ask before
// its driver runs.

import { existsSync, readdirSync } from "node:fs";

/** Whether this machine has a GPU to draw with: a DRM render node under /dev/dri. */
export function hasGpu() {
  return (
    existsSync("/dev/dri") && readdirSync("/dev/dri").some((name) => name.startsWith("renderD"))
  );
}
