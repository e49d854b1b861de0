// The desktop's large-text setting, in the real window. GNOME's "Large Text" raises the text
// scaling factor, which reaches GTK programs as the font resolution: 96 dpi times the factor
// (`Xft/DPI` over XSETTINGS, GTK's `gtk-xft-dpi`). Under Xvfb no settings daemon runs, and GTK
// takes the resolution from the display's `Xft.dpi` resource instead (as on desktops that set
// it in ~/.Xresources), so this spec sets that resource on its own display and starts the
// window again. (A `gtk-3.0/settings.ini` in the app's config folder does not reach it: the
// resolution GTK works out from the X display wins over the file.)
//
// WebKitGTK honours the resolution by drawing the whole page larger, as a zoom would: the
// page's CSS sizes stay as they are and the window is fewer CSS pixels wide. So the spec
// measures what reaches the screen (CSS size × the window's width in device pixels over its
// width in CSS pixels) at the normal size and with large text, then checks Home, listings with
// their filters open, a record and a form for controls that are cut off or drawn over one
// another, and for a page that runs past the window; Ctrl+= and Ctrl+- still zoom on top.
//
// Screens are opened with keys and by address, not clicks: under this zoom WebKitWebDriver
// clicks at the element's CSS position unscaled, which misses it.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

import { byTestId, launchApp, quitApp, saveScreenshot } from "../lib/app.mjs";
import { layoutProblems, pageLayout } from "../lib/layout.mjs";
import { WAIT_MS, go, textOf } from "../lib/ui.mjs";

/** GNOME's "Large Text" switch sets the text scaling factor to 1.25. */
const LARGE_TEXT_FACTOR = 1.25;
const NORMAL_DPI = 96;

/** Sets the display's font resolution for windows started from now on (xprop: x11-utils). */
function useTextScale(factor) {
  const args =
    factor === 1
      ? ["-root", "-remove", "RESOURCE_MANAGER"]
      : [
          "-root",
          "-format",
          "RESOURCE_MANAGER",
          "8s",
          "-set",
          "RESOURCE_MANAGER",
          `Xft.dpi:\t${Math.round(NORMAL_DPI * factor)}\n`,
        ];
  const run = spawnSync("xprop", args, { encoding: "utf8" });
  assert.equal(run.status, 0, `xprop ${args.join(" ")} failed: ${run.stderr ?? run.error}`);
  // Read back through another connection: what the next window will find on the display.
  const now = spawnSync("xprop", ["-root", "RESOURCE_MANAGER"], { encoding: "utf8" }).stdout;
  const dpi = /Xft\.dpi:\\t(\d+)/.exec(now ?? "")?.[1];
  assert.equal(
    dpi === undefined ? NORMAL_DPI : Number(dpi),
    Math.round(NORMAL_DPI * factor),
    `the display's font resolution did not stay set (xprop reads: ${now})`,
  );
}

let browser;

before(() => {
  // e2e/run.mjs starts the display with -noreset, so the resource outlives each window.
  assert.ok(process.env.DISPLAY, "run this spec through e2e/run.mjs (Xvfb)");
});

after(async () => {
  await browser?.deleteSession();
  useTextScale(1);
});

/** The window's width in CSS pixels and the sizes of Home's text there, in CSS pixels. */
function textSizes() {
  return browser.execute(() => {
    const demo = document.querySelector('[data-testid="home-demo"]');
    return {
      width: window.innerWidth,
      body: parseFloat(getComputedStyle(document.body).fontSize),
      buttonHeight: demo?.getBoundingClientRect().height ?? 0,
    };
  });
}

/** Focuses the element with `testId` and presses Enter on it, as a keyboard user would. */
async function activate(testId) {
  const element = byTestId(browser, testId);
  await element.waitForDisplayed({ timeout: WAIT_MS });
  await browser.execute((id) => document.querySelector(`[data-testid="${id}"]`).focus(), testId);
  await browser.keys("Enter");
}

async function connectToDemo() {
  await activate("home-demo");
  await browser.waitUntil(
    async () => !["", "No tenant"].includes(await textOf(browser, "tenant-badge")),
    { timeout: WAIT_MS, timeoutMsg: "the demo network never connected" },
  );
}

const shown = (testId) => byTestId(browser, testId).waitForDisplayed({ timeout: WAIT_MS });

async function openFilters(firstFilter) {
  await shown("list-row");
  if ((await byTestId(browser, "filter-toggle").getAttribute("aria-expanded")) !== "true") {
    await activate("filter-toggle");
  }
  await shown(firstFilter);
}

/** The screens to look at, each opened from where the last one left off. */
const SCREENS = [
  [
    "home",
    async () => {
      await go(browser, "#/");
      await shown("home-dashboard");
    },
  ],
  [
    "sessions list, filters open",
    async () => {
      await go(browser, "#/r/sessions");
      await openFilters("filter-status");
    },
  ],
  [
    "charge points list, filters open",
    async () => {
      await go(browser, "#/r/charge-points");
      await openFilters("filter-type");
    },
  ],
  [
    "charge point record",
    async () => {
      await activate("list-row");
      await shown("detail-charge-points");
      await shown("detail-tab-fields");
    },
  ],
  [
    "charge point edit form",
    async () => {
      await activate("edit-button");
      await shown("record-form");
    },
  ],
];

let normal;

/** Opens each screen and collects what is wrong with its layout. */
async function walk(label) {
  const found = [];
  for (const [screen, open] of SCREENS) {
    await open();
    await saveScreenshot(browser, `${label}-${screen.replaceAll(/[^a-z]+/g, "-")}`);
    const layout = await pageLayout(browser);
    if (layout.overflow > 1) found.push(`${screen}: runs ${layout.overflow} px past the window`);
    if (!layout.mainVisible) found.push(`${screen}: the main region is out of sight`);
    if (layout.navigationOverflow > 1) {
      found.push(`${screen}: the navigation runs ${layout.navigationOverflow} px past its width`);
    }
    if (layout.navigationScrollsSideways) found.push(`${screen}: the navigation scrolls sideways`);
    for (const line of await layoutProblems(browser)) found.push(`${screen}: ${line}`);
  }
  return found;
}

test("at the normal text size, the screens show nothing cut off or overlapping", async () => {
  useTextScale(1);
  browser = await launchApp();
  try {
    normal = await textSizes();
    console.log(`normal text: ${JSON.stringify(normal)}`);
    await connectToDemo();
    const found = await walk("normal-text");
    assert.deepEqual(found, [], `at the normal text size:\n${found.join("\n")}`);
  } finally {
    // The next test starts a window of its own, with large text.
    await quitApp(browser);
    browser = undefined;
  }
});

test("with the desktop's large text the text is larger and nothing is cut off or overlaps", async () => {
  assert.ok(normal, "the normal-size run did not finish");
  useTextScale(LARGE_TEXT_FACTOR);
  browser = await launchApp();
  // The resolution reaches the page as its window is set up; under load the first frames can
  // still be laid out at the old width, so wait a moment for the narrower one.
  await browser
    .waitUntil(async () => (await textSizes()).width < normal.width, { timeout: WAIT_MS })
    .catch(() => {});
  const large = await textSizes();
  // The window is as wide on screen as before: each CSS pixel is drawn this much larger.
  const drawn = normal.width / large.width;
  console.log(`large text: ${JSON.stringify(large)}, drawn ${drawn.toFixed(3)}× larger`);
  assert.ok(
    large.body * drawn >= normal.body * (LARGE_TEXT_FACTOR - 0.05),
    `body text reaches the screen at ${large.body * drawn} px with large text, ${normal.body} px without`,
  );
  assert.ok(
    large.buttonHeight * drawn >= normal.buttonHeight * (LARGE_TEXT_FACTOR - 0.05),
    `a button is ${large.buttonHeight * drawn} px tall on screen with large text, ${normal.buttonHeight} px without`,
  );
  await connectToDemo();
  const found = await walk("large-text");
  assert.deepEqual(found, [], `with large text:\n${found.join("\n")}`);

  // Ctrl+= zooms further on top of the large text, and Ctrl+- comes back to it.
  await browser.keys("Escape");
  await byTestId(browser, "detail-charge-points").waitForDisplayed({ timeout: WAIT_MS });
  await browser.keys(["Control", "="]);
  await browser.waitUntil(async () => (await pageLayout(browser)).width < large.width - 50, {
    timeout: WAIT_MS,
    timeoutMsg: `Ctrl+= did not zoom in on top of large text (${large.width} CSS px wide)`,
  });
  await browser.keys(["Control", "-"]);
  await browser.waitUntil(
    async () => Math.abs((await pageLayout(browser)).width - large.width) <= 2,
    {
      timeout: WAIT_MS,
      timeoutMsg: `Ctrl+- did not come back to large text (${large.width} CSS px wide)`,
    },
  );
});
