// The start-up mark a benchmark in the real window reads (bench/lib/startup.mjs):
// "plugdesk:shell-painted", the first task after the animation frame that follows the app
// shell's first commit. Its time since `performance.timeOrigin`, added to that origin, is the
// wall-clock moment the operator first sees the app's frame. Set once per page load.

export const SHELL_PAINTED_MARK = "plugdesk:shell-painted";

let marked = false;

/** Marks the shell's first paint once; returns a canceller for an effect's cleanup. */
export function markShellPaintedOnce(): () => void {
  if (marked || typeof performance === "undefined" || typeof performance.mark !== "function")
    return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      if (marked) return;
      marked = true;
      performance.mark(SHELL_PAINTED_MARK);
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
