// Ways of working the window that every spec shares: reading text, moving to a screen,
// clicking what is in the way of nothing, and waiting for something to go.

import { byTestId, launchApp } from "./app.mjs";

export const WAIT_MS = 20000;

/**
 * The rendered text of an element. WebKitWebDriver's getText answers "" for some Mantine
 * elements (badges, alerts) that plainly show text, so this asks the page itself.
 */
export async function textOf(browser, testId) {
  const text = await browser.execute(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.innerText ?? "",
    testId,
  );
  return text.trim();
}

/** The test ids of every element whose test id starts with `prefix`, in page order. */
export function testIdsStartingWith(browser, prefix) {
  return browser.execute(
    (start) =>
      [...document.querySelectorAll(`[data-testid^="${start}"]`)].map((element) =>
        element.getAttribute("data-testid"),
      ),
    prefix,
  );
}

/** Moves to a screen by its address (`#/r/users`), as a deep link would. */
export async function go(browser, hash) {
  await browser.execute((target) => {
    window.location.hash = target;
  }, hash);
}

/**
 * Clicks an element once it can be clicked. A closing dialog, a fading option list or a
 * notification sliding past can be in the way for a moment: then it tries again. `within`
 * narrows the search (a table row); `block` is where scrolling puts the element — "center"
 * keeps a dialog's buttons clear of its frame, "nearest" leaves open menus where they are.
 */
export async function press(browser, testId, { within = browser, block = "nearest" } = {}) {
  const element = within.$(`[data-testid="${testId}"]`);
  await element.waitForDisplayed({ timeout: WAIT_MS });
  await element.scrollIntoView({ block });
  await holdsStill(browser, element);
  await clickWhenFree(browser, element);
}

/**
 * Waits until `element` is where it was a moment ago. A dialog grows into place as it opens:
 * a click aimed at a button inside it while it moves lands beside the button, on the dialog
 * or on the shade behind it, which closes it.
 */
async function holdsStill(browser, element) {
  // The page is handed the element itself, not the promise of one a `$` call gives.
  const found = await element;
  let last = "";
  await browser.waitUntil(
    async () => {
      const box = await browser.execute((target) => {
        const { x, y, width, height } = target.getBoundingClientRect();
        return [x, y, width, height].join(" ");
      }, found);
      const still = box === last;
      last = box;
      return still;
    },
    { timeout: WAIT_MS, interval: 100, timeoutMsg: "the element never stopped moving" },
  );
}

/** Clicks `element`, trying again while something passing over it takes the click. */
async function clickWhenFree(browser, element) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await element.waitForClickable({ timeout: WAIT_MS });
      await element.click();
      return;
    } catch (error) {
      if (!/intercepted|not clickable/i.test(String(error))) throw error;
      if (attempt >= 5)
        throw new Error(`${error.message}; in the way: ${await inTheWay(browser, element)}`);
      await browser.pause(300);
    }
  }
}

/** What sits at the middle of `element`, where a click on it lands: for a failure's message. */
async function inTheWay(browser, element) {
  const found = await element;
  return browser.execute((target) => {
    const box = target.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    const marked = top?.closest("[data-testid]");
    return `${top?.tagName ?? "nothing"} ${top?.className ?? ""} in ${marked?.getAttribute("data-testid") ?? "no marked element"}`;
  }, found);
}

/**
 * The first row's first cell showing a value: not the cell of its selection box, whose click
 * selects the row rather than opening it.
 */
export function firstValueCell(browser) {
  return browser.$(
    '//*[@data-testid="list-row"]//*[@role="cell"][not(.//*[@data-testid="select-row"])]',
  );
}

/**
 * Opens the first record of the listing on screen by its first value cell: a click in the
 * middle of the row could land on a reference cell, which opens the record it names instead.
 */
export async function openFirstRow(browser) {
  const cell = firstValueCell(browser);
  await cell.waitForDisplayed({ timeout: WAIT_MS });
  await clickWhenFree(browser, cell);
}

export async function gone(browser, testId) {
  await browser.waitUntil(async () => !(await byTestId(browser, testId).isExisting()), {
    timeout: WAIT_MS,
    timeoutMsg: `${testId} never went away`,
  });
}

/**
 * Opens a new app window connected to the built-in demo network, on Home (where connecting
 * lands). The badge is read through the page: WebDriver's getText answers "" for it, which
 * would pass for "connected" before the demo network is. The caller closes the window with
 * `browser.deleteSession()`.
 */
export async function launchOnDemo() {
  const browser = await launchApp();
  await byTestId(browser, "home-demo").click();
  await browser.waitUntil(
    async () => !["", "No tenant"].includes(await textOf(browser, "tenant-badge")),
    { timeout: WAIT_MS, timeoutMsg: "the demo network never connected" },
  );
  await byTestId(browser, "page-home").waitForDisplayed({ timeout: WAIT_MS });
  return browser;
}

/**
 * Picks `label` in the choice list of a select that has focus, with keys only: ↓ opens the
 * list and moves down it until the option showing `label` is the selected one, Enter takes it.
 * (A form's choices carry their position as their value, so the words are what to look for.)
 */
export async function chooseWithKeys(browser, label, maxPresses = 20) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await browser.keys("ArrowDown");
    const selected = await browser.execute(
      () =>
        document.querySelector('[role="option"][data-combobox-selected]')?.textContent?.trim() ??
        "",
    );
    if (selected === label) {
      await browser.keys("Enter");
      return;
    }
  }
  throw new Error(`${maxPresses} presses of ↓ never reached the option ${label}`);
}
