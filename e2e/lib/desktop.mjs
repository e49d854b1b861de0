// What the X server knows about Plugdesk's window, read and changed with the standard X tools
// (x11-utils, xdotool, x11-apps): its class, place and focus, and a close request like the one a
// window manager sends.

import { execFileSync, spawn } from "node:child_process";

import { WAIT_MS } from "./ui.mjs";

/** The id of the top-level window titled `title` (the first one, if several). */
export function windowIdOf(title) {
  const [id] = windowIdsOf(title);
  if (!id) throw new Error(`no window titled ${title} on ${process.env.DISPLAY}`);
  return id;
}

/** WM_CLASS of the window titled `title`: `{ instance, className }`. */
export function windowClassOf(title) {
  const text = execFileSync("xprop", ["-id", windowIdOf(title), "WM_CLASS"], { encoding: "utf8" });
  const [instance, className] = [...text.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  return { instance, className };
}

/**
 * Every window titled exactly `title`. Lines read `0x200003 "Plugdesk": ("plugdesk" "Plugdesk")
 * …`: the title comes first, then the class, which GTK's hidden leader window shares.
 */
export function windowIdsOf(title) {
  return windowTree()
    .split("\n")
    .map((line) => /^\s*(0x[0-9a-f]+) "(.*)": \(/.exec(line))
    .filter((match) => match !== null && match[2] === title)
    .map((match) => match[1]);
}

/**
 * The X server's window tree as `xwininfo` prints it. A window destroyed while the tree is
 * walked (a closing app's) makes `xwininfo` fail with "Bad Window"; the walk is then made again.
 */
function windowTree() {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      if (attempt >= 5 || !/Bad (Window|Drawable)|Can't query/.test(String(error))) throw error;
    }
  }
}

/** The window with the keyboard focus, as a number (ids compare across tools that way). */
export function focusedWindow() {
  return Number(execFileSync("xdotool", ["getwindowfocus"], { encoding: "utf8" }).trim());
}

export function focusWindow(id) {
  execFileSync("xdotool", ["windowfocus", "--sync", String(Number(id))]);
}

/** `{ x, y, width, height }` of a window, as the X server has it. */
export function geometryOf(id) {
  const text = execFileSync("xwininfo", ["-id", id], { encoding: "utf8" });
  const value = (label) => Number(new RegExp(`${label}:\\s+(-?\\d+)`).exec(text)[1]);
  return {
    x: value("Absolute upper-left X"),
    y: value("Absolute upper-left Y"),
    width: value("Width"),
    height: value("Height"),
  };
}

/** Moves and resizes a window, as dragging its edges would. */
export function placeWindow(id, { x, y, width, height }) {
  const window = String(Number(id));
  execFileSync("xdotool", ["windowsize", "--sync", window, String(width), String(height)]);
  execFileSync("xdotool", ["windowmove", "--sync", window, String(x), String(y)]);
}

/** Clicks the window's close button, in effect: the request a window manager sends. */
export function requestClose(id) {
  const script = new URL("./close-window.py", import.meta.url).pathname;
  execFileSync("python3", [script, id]);
}

/**
 * Another program's window (xlogo, from x11-apps), to take the focus away from Plugdesk.
 * Resolves to `{ id, stop }` once it is on screen.
 */
export async function startOtherWindow() {
  const child = spawn("xlogo", [], { stdio: "ignore" });
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    const [id] = windowIdsOf("xlogo");
    if (id) return { id, stop: () => child.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error("xlogo never showed its window (install x11-apps)");
}

/**
 * What the window shows, as xwd captures it from the X server: the raw pixel rows and their
 * layout. Read from the screen, not from the page, so it still answers when the page is gone.
 */
export function windowPixels(id) {
  const dump = execFileSync("xwd", ["-silent", "-id", id], { maxBuffer: 256 * 1024 * 1024 });
  // The header is 25 big-endian 32-bit fields; the ones needed here, by position.
  const field = (index) => dump.readUInt32BE(index * 4);
  const headerSize = field(0);
  const [width, height] = [field(4), field(5)];
  const bitsPerPixel = field(11);
  const bytesPerLine = field(12);
  const colourCount = field(19);
  const start = headerSize + colourCount * 12;
  return {
    width,
    height,
    bytesPerPixel: bitsPerPixel / 8,
    bytesPerLine,
    data: dump.subarray(start, start + height * bytesPerLine),
  };
}

/** Waits until what window `id` shows satisfies `matches`; fails saying the window `what`. */
export async function waitForWindow(id, matches, what) {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (matches(windowPixels(id))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the window ${what}`);
}

/** The share of pixels (0 to 1) that differ between two captures of the same window size. */
export function differingShare(a, b) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      const at = y * a.bytesPerLine + x * a.bytesPerPixel;
      if (a.data.compare(b.data, at, at + a.bytesPerPixel, at, at + a.bytesPerPixel) !== 0) {
        differing += 1;
      }
    }
  }
  return differing / (a.width * a.height);
}

/** Whether every pixel of a capture is the same colour: a blank window. */
export function isBlank(capture) {
  const { width, height, bytesPerPixel, bytesPerLine, data } = capture;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = y * bytesPerLine + x * bytesPerPixel;
      if (data.compare(data, 0, bytesPerPixel, at, at + bytesPerPixel) !== 0) return false;
    }
  }
  return true;
}
