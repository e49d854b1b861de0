// Fails when the modules of one Rust crate import each other in a circle. A module's
// dependencies are the sibling modules it names through `crate::<module>`; a cycle among
// them means neither can be understood, tested or moved without the other. Run by `npm test`
// beside `cargo clippy`; prints each cycle it finds.
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, basename } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** The source folders of every crate of the workspace. */
function crateSources() {
  const dirs = readdirSync(join(root, "crates")).map((name) => join(root, "crates", name, "src"));
  return [...dirs, join(root, "src-tauri", "src")].filter((dir) => existsSync(dir));
}

/** `src/a.rs` and `src/a/**` belong to module `a`; generated code is left out. */
function modulesOf(src) {
  const modules = new Map();
  const add = (name, file) => {
    if (!modules.has(name)) modules.set(name, []);
    modules.get(name).push(file);
  };
  const walk = (dir, top) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== "generated" && entry !== "bin") walk(path, top ?? entry);
      } else if (entry.endsWith(".rs")) {
        const name = top ?? basename(entry, ".rs");
        if (!["lib", "main"].includes(name)) add(name, path);
      }
    }
  };
  walk(src, null);
  return modules;
}

/** Each cycle among the modules of one crate, as a list of names. */
export function cyclesOf(modules) {
  const edges = new Map();
  for (const [name, files] of modules) {
    // Comments (doc links such as [`crate::api`]) name modules without depending on them.
    const text = files
      .map((file) => readFileSync(file, "utf8").replace(/\/\/.*$/gm, ""))
      .join("\n");
    const targets = new Set();
    // `crate::x`, and `crate::{x, y::z}` groups.
    for (const match of text.matchAll(/crate::(\{[^}]*\}|\w+)/g)) {
      const named = match[1].startsWith("{")
        ? match[1]
            .slice(1, -1)
            .split(",")
            .map((part) => part.trim().split("::")[0])
        : [match[1]];
      for (const target of named) {
        if (target !== name && modules.has(target)) targets.add(target);
      }
    }
    edges.set(name, targets);
  }
  const cycles = [];
  const state = new Map();
  const stack = [];
  const visit = (node) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

let found = 0;
for (const src of crateSources()) {
  for (const cycle of cyclesOf(modulesOf(src))) {
    found += 1;
    console.error(`${src.slice(root.length)}: modules in a cycle: ${cycle.join(" → ")}`);
  }
}
if (found > 0) {
  console.error(`${found} module cycle(s): move what both sides need into a module of its own.`);
  process.exit(1);
}
console.log("no module cycles in any crate");
