// Every create, update, delete and action operation of the catalog, performed in the real
// window against the built-in demo network through the app's own screens: the list screen's
// "New" button, the record's Edit and Delete buttons and its actions menu. The details come
// from the demo tenant's example requests (`demo-tenant --print-examples`), entered through
// the form's JSON view; the other values an action asks for go through its own inputs.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { byTestId, saveScreenshot } from "../lib/app.mjs";
import * as ui from "../lib/ui.mjs";
import { demoTenantBinaryPath } from "../lib/demoTenant.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { WAIT_MS } = ui;
const textOf = (testId) => ui.textOf(browser, testId);
const go = (hash) => ui.go(browser, hash);
const gone = (testId) => ui.gone(browser, testId);
const press = (testId, within = browser) => ui.press(browser, testId, { within });

let browser;

before(async () => {
  browser = await ui.launchOnDemo();
});

after(async () => {
  await browser?.deleteSession();
});

/** The generated catalog the UI is built from (its value is plain JSON after the `=`). */
function readCatalog() {
  const source = readFileSync(join(root, "ui", "src", "generated", "catalog.ts"), "utf8");
  const start = source.indexOf("{", source.indexOf("export const catalog"));
  return JSON.parse(source.slice(start, source.lastIndexOf("}") + 1));
}

/** Known-good requests for every operation, in an order safe to send one after another. */
function readExamples() {
  const run = spawnSync(demoTenantBinaryPath(), ["--print-examples"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.status, 0, `demo-tenant --print-examples failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Operation id → where the UI offers it: the resource and whether it is create/update/… */
function placesOf(catalog) {
  const places = new Map();
  for (const resource of catalog.resources) {
    for (const slot of ["create", "update", "delete"]) {
      const operationId = resource.operations[slot];
      if (operationId) places.set(operationId, { resource, slot });
    }
    for (const operationId of resource.actions) {
      places.set(operationId, { resource, slot: "action" });
    }
  }
  return places;
}

/** `#/r/<key>[/<id>]?path=…`: a listing or a record, with its parents' ids. */
function screenUrl(key, parents, id) {
  const base = id === undefined ? `#/r/${key}` : `#/r/${key}/${encodeURIComponent(id)}`;
  const path = Object.fromEntries(Object.entries(parents).map(([name, v]) => [name, String(v)]));
  return Object.keys(path).length > 0
    ? `${base}?path=${encodeURIComponent(JSON.stringify(path))}`
    : base;
}

/** Path values of a request without the one naming the record itself. */
function without(path, name) {
  const rest = { ...path };
  delete rest[name];
  return rest;
}

/** Opens a record's screen and waits until it shows the record (or says why not). */
async function openRecord(key, parents, id) {
  await go(screenUrl(key, parents, id));
  await byTestId(browser, `detail-${key}`).waitForDisplayed({ timeout: WAIT_MS });
  await browser.waitUntil(
    async () =>
      (await byTestId(browser, "detail-tab-fields").isExisting()) ||
      (await byTestId(browser, "detail-error").isExisting()),
    { timeout: WAIT_MS, timeoutMsg: `${key} ${id ?? ""} never loaded` },
  );
  const problem = await textOf("detail-error");
  if (problem) throw new Error(`the record did not open: ${problem}`);
}

/**
 * Enters the details through the form's JSON view. The text is put in the way a paste puts
 * it — value set, input event fired — since typing a long body key by key adds nothing.
 */
async function enterDetails(body) {
  await byTestId(browser, "record-form").waitForDisplayed({ timeout: WAIT_MS });
  if (body === null || body === undefined) return;
  if (!(await byTestId(browser, "form-json-toggle").isExisting())) return;
  // A click while the dialog is still sliding in can miss: look, and click again if so.
  const json = byTestId(browser, "form-json");
  for (let attempt = 1; !(await json.isDisplayed()); attempt += 1) {
    await press("form-json-toggle");
    try {
      await json.waitForDisplayed({ timeout: 3000 });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  await browser.execute(
    (text) => {
      const area = document.querySelector('[data-testid="form-json"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;
      setValue.call(area, text);
      area.dispatchEvent(new Event("input", { bubbles: true }));
    },
    JSON.stringify(body, null, 2),
  );
}

/** Waits for `done` to exist; a form error showing first fails the step with its words. */
async function outcome(doneTestId, doneGone = false) {
  let problem = "";
  await browser.waitUntil(
    async () => {
      problem = await textOf("form-error");
      if (problem) return true;
      const exists = await byTestId(browser, doneTestId).isExisting();
      return doneGone ? !exists : exists;
    },
    { timeout: WAIT_MS, timeoutMsg: `no answer (waiting for ${doneTestId})` },
  );
  if (problem) throw new Error(problem.replace(/\s+/g, " "));
}

/** Clicks the one element matching `selector` that is on screen (a list that is open). */
async function clickShown(selector) {
  await browser.waitUntil(
    async () => {
      for (const element of await browser.$$(selector)) {
        if (await element.isDisplayed()) {
          await element.click();
          return true;
        }
      }
      return false;
    },
    { timeout: WAIT_MS, timeoutMsg: `nothing on screen matches ${selector}` },
  );
}

/** Answers the inputs an action asks for besides its target, with the example's values. */
async function fillActionPath(path, known) {
  for (const [name, value] of Object.entries(path)) {
    if (known.has(name)) continue;
    const picker = byTestId(browser, `reference-picker-${name}`);
    if (await picker.isExisting()) {
      await picker.scrollIntoView({ block: "center" });
      await picker.click();
      await picker.addValue(String(value));
      // Each picker keeps its own list of options; only the open one is on screen.
      await clickShown(`[data-testid="reference-option-${value}"]`);
      continue;
    }
    const input = byTestId(browser, `path-param-${name}`);
    if (!(await input.isExisting())) continue;
    await input.scrollIntoView({ block: "center" });
    await input.click();
    await input.addValue(String(value));
    // A choice list opens under a select: pick the typed value from it.
    if ((await input.getAttribute("aria-haspopup")) === "listbox") {
      await clickShown(`[role="option"][value="${value}"]`);
    }
  }
}

async function create(step, { resource }) {
  await go(screenUrl(resource.key, step.path));
  await press("create-button");
  await enterDetails(step.body);
  await press("form-submit");
  await outcome("record-form", true);
}

/** The path parameters of a resource's listing, outermost first, as the app reads them. */
function parentParams(resource, byKey) {
  const params = [];
  for (let current = resource; current?.parent; current = byKey.get(current.parent.key)) {
    if (!params.includes(current.parent.pathParam)) params.unshift(current.parent.pathParam);
  }
  return params;
}

/**
 * Whether an update replaces a listing as a whole, from its toolbar: an update-only resource
 * (a reorder), or an update whose path names no record (a charge point's shared partners).
 */
function isCollectionUpdate(step, resource, byKey) {
  const { list, read } = resource.operations;
  if (list === null && read === null) return true;
  return list !== null && step.pathOrder.length === parentParams(resource, byKey).length;
}

/** Opens where a record's Edit and Delete buttons are and returns it (a screen or a row). */
async function openChangePlace(step, resource) {
  // One record per parent or per tenant (settings): its screen has no id of its own.
  if (resource.operations.list === null) {
    await openRecord(resource.key, step.path, "record");
    return browser;
  }
  const last = step.pathOrder[step.pathOrder.length - 1];
  const parents = without(step.path, last);
  if (resource.operations.read !== null) {
    await openRecord(resource.key, parents, step.path[last]);
    return browser;
  }
  // Records without a read operation of their own are changed from their listing's rows.
  await go(screenUrl(resource.key, parents));
  const row = browser.$(`[data-testid="list-row"][data-record-id="${step.path[last]}"]`);
  await row.waitForDisplayed({ timeout: WAIT_MS });
  return row;
}

async function update(step, { resource }, byKey) {
  if (isCollectionUpdate(step, resource, byKey)) {
    // Update-only resources (a reorder) live on their parent listing's toolbar.
    const listing = resource.operations.list === null ? resource.parent.key : resource.key;
    await go(screenUrl(listing, step.path));
    await press(`collection-update-${step.operationId}`);
  } else {
    const place = await openChangePlace(step, resource);
    await press("edit-button", place);
  }
  await enterDetails(step.body);
  await press("form-submit");
  await outcome("record-form", true);
}

async function remove(step, { resource }) {
  const place = await openChangePlace(step, resource);
  if (place === browser) {
    await press("delete-button", place);
  } else {
    // A row keeps Delete in its menu, which opens over the page.
    await press("actions-menu", place);
    await press("row-delete");
  }
  await press("confirm-yes");
  await outcome("confirm-dialog", true);
}

async function runAction(step, { resource }, operationIds) {
  // The record the action applies to is named by its path's first value, as the app reads it.
  const names = step.pathOrder;
  const target = names[0];
  const nested = resource.key.includes(".");
  const parents = nested ? without(step.path, names[names.length - 1]) : {};
  if (target === undefined) {
    // Actions that name no record run from the listing's own actions menu.
    await go(screenUrl(resource.key, {}));
    await press("list-actions-menu");
  } else {
    const id = nested ? step.path[names[names.length - 1]] : step.path[target];
    await openRecord(resource.key, parents, id);
    await press("actions-menu");
  }
  await press(`action-${step.operationId}`);
  await byTestId(browser, "record-form").waitForDisplayed({ timeout: WAIT_MS });
  await fillActionPath(step.path, new Set([...Object.keys(parents), target]));
  await enterDetails(step.body);
  await press("form-submit");
  // Disruptive actions ask first, naming their target.
  await browser.waitUntil(
    async () =>
      (await byTestId(browser, "confirm-dialog").isExisting()) ||
      (await byTestId(browser, "action-result").isExisting()) ||
      (await textOf("form-error")) !== "",
    { timeout: WAIT_MS, timeoutMsg: "the action never answered" },
  );
  if (await byTestId(browser, "confirm-dialog").isExisting()) await press("confirm-yes");
  await outcome("action-result");
  operationIds.add(step.operationId);
  await browser.keys("Escape");
  await gone("action-result");
}

/** Whether a step failed because the driver never answered, rather than anything in the app. */
function isDriverTimeout(message) {
  return /Request timed out/.test(message);
}

test("every create, update, delete and action of the catalog is performed through the UI", async () => {
  const catalog = readCatalog();
  const byKey = new Map(catalog.resources.map((resource) => [resource.key, resource]));
  const places = placesOf(catalog);
  const steps = readExamples().filter((step) => places.has(step.operationId));
  assert.equal(steps.length, places.size, "an operation of the catalog has no example request");
  // PLUGDESK_E2E_ONLY=opA,opB performs only those, to look into one while developing.
  const only = process.env.PLUGDESK_E2E_ONLY?.split(",").filter(Boolean) ?? [];
  const chosen = only.length > 0 ? steps.filter((step) => only.includes(step.operationId)) : steps;

  const failures = [];
  const actions = new Set();
  const performed = { create: 0, update: 0, delete: 0, action: 0 };
  const perform = async (step, place) => {
    if (place.slot === "create") await create(step, place);
    else if (place.slot === "update") await update(step, place, byKey);
    else if (place.slot === "delete") await remove(step, place);
    else await runAction(step, place, actions);
  };
  for (const step of chosen) {
    const place = places.get(step.operationId);
    const problems = [];
    let done = false;
    for (let attempt = 1; attempt <= 2 && !done; attempt += 1) {
      try {
        await perform(step, place);
        performed[place.slot] += 1;
        done = true;
      } catch (error) {
        const message = String(error?.message ?? error).split("\n")[0];
        problems.push(message);
        await saveScreenshot(browser, `every-change-${step.operationId}`);
        // Close whatever dialog the failed step left open before the next one.
        await browser.keys("Escape");
        await browser.keys("Escape");
        // Now and then the driver leaves one command unanswered (seen on a click, with the
        // window answering the next step at once): the step is tried once more, and said so.
        // Anything the app itself reported fails the step at once.
        if (!isDriverTimeout(message)) break;
        console.log(`trying ${step.operationId} again after: ${message}`);
      }
    }
    if (!done) {
      failures.push(
        `${place.slot} ${step.operationId} on ${place.resource.key}: ${problems.join("; then ")}`,
      );
    }
  }
  console.log(`performed through the UI: ${JSON.stringify(performed)} of ${chosen.length}`);
  assert.deepEqual(failures, [], `${failures.length} operations failed:\n${failures.join("\n")}`);
});
