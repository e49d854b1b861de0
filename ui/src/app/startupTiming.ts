// The start-up marks a benchmark in the real window reads (bench/app-speed.mjs), each set once
// per page load. Their times since `performance.timeOrigin`, added to that origin, are
// wall-clock moments, so the bench can split the time from the process start to the shell's
// first paint into its phases:
// - modules run: every module of the first page fetched, parsed and evaluated (main.tsx's
//   first statement runs after all it imports);
// - shell rendered: React reached the shell (the providers and the router set up);
// - shell committed: the shell and the page inside it are in the DOM;
// - shell painted: the first task after the animation frame that follows that commit, the
//   moment the operator first sees the app's frame.

export const STARTUP_MARKS = {
  modulesRun: "plugdesk:modules-run",
  shellRendered: "plugdesk:shell-rendered",
  shellCommitted: "plugdesk:shell-committed",
  shellPainted: "plugdesk:shell-painted",
} as const;

/** Sets the mark unless this page load already has it. */
export function markOnce(name: string): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  if (performance.getEntriesByName(name, "mark").length > 0) return;
  performance.mark(name);
}

/** Runs `callback` in the first task after the next animation frame: once what was just
 * committed has been painted. Returns a canceller for an effect's cleanup. */
export function afterNextPaint(callback: () => void): () => void {
  if (typeof requestAnimationFrame !== "function") return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Marks the shell's commit and then its first paint; returns a canceller for an effect's cleanup. */
export function markShellPaintedOnce(): () => void {
  markOnce(STARTUP_MARKS.shellCommitted);
  return afterNextPaint(() => markOnce(STARTUP_MARKS.shellPainted));
}
