// Functions the benchmark runs inside the app window (through WebDriver's executeAsync, so
// each is self-contained and ends by calling `done`). Timing uses the window's own clock:
// `performance.now()` and the timestamps `requestAnimationFrame` hands out.
//
// "Painted" is the same for the app and the baselines: the first task after the animation
// frame that follows the change, as in ui/src/browse/listingTiming.ts.

/**
 * Opens `hash` and waits for the list screen's next data-to-paint measure; resolves to its
 * duration, the records the data mark reported, and the rows rendered.
 */
export function openListingAndMeasure(hash, measureName, dataMarkName, done) {
  const before = performance.getEntriesByName(measureName).length;
  window.location.hash = hash;
  const check = () => {
    const measures = performance.getEntriesByName(measureName);
    if (measures.length > before) {
      const data = performance.getEntriesByName(dataMarkName).at(-1);
      done({
        duration: measures.at(-1).duration,
        detail: data?.detail ?? null,
        rows: document.querySelectorAll('[data-testid="list-row"]').length,
      });
    } else {
      setTimeout(check, 10);
    }
  };
  check();
}

/** The baseline of "first rows": a plain DOM table of `records` built and painted. */
export function paintPlainTable(records, columns, done) {
  const started = performance.now();
  const table = document.createElement("table");
  table.dataset.testid = "bench-plain-table";
  table.style.cssText =
    "position:fixed;inset:0;z-index:100000;background:white;font:14px sans-serif;border-collapse:collapse";
  const head = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.textContent = column;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const record of records) {
    const row = body.insertRow();
    for (const column of columns) {
      const value = record[column];
      row.insertCell().textContent =
        value === null || value === undefined
          ? ""
          : typeof value === "object"
            ? JSON.stringify(value)
            : String(value);
    }
  }
  document.body.appendChild(table);
  requestAnimationFrame(() =>
    setTimeout(() => {
      const duration = performance.now() - started;
      table.remove();
      done({ duration, rows: records.length });
    }, 0),
  );
}

/**
 * Records animation-frame intervals for `durationMs`, scrolling the element `selector` names
 * (when given) from top to bottom in step with the clock. No selector: the window idles.
 */
export function recordScrollFrames(selector, durationMs, done) {
  const element = selector ? document.querySelector(selector) : null;
  const distance = element ? element.scrollHeight - element.clientHeight : 0;
  if (element) element.scrollTop = 0;
  const intervals = [];
  let first = null;
  let previous = null;
  const step = (time) => {
    if (first === null) first = time;
    else intervals.push(time - previous);
    previous = time;
    const progress = (time - first) / durationMs;
    if (progress >= 1) {
      if (element) element.scrollTop = distance;
      done({ intervals, distance, reached: element ? element.scrollTop : 0 });
      return;
    }
    if (element) element.scrollTop = progress * distance;
    requestAnimationFrame(step);
  };
  // One frame first, so setting up is not counted as the first interval.
  requestAnimationFrame(() => requestAnimationFrame(step));
}

/**
 * The baseline of scrolling: a plain scrolling div over the table, the same size, holding
 * static rows of the same height and number of cells. Each call adds rows `fromRow` up to
 * `toRow` (the div is made by the first), so a hundred thousand rows go in over several calls,
 * none of them long enough to time out. Removed by `removeStaticRows`.
 */
export function showStaticRows(tableSelector, testId, fromRow, toRow, cellCount, rowHeight, done) {
  let box = document.querySelector(`[data-testid="${testId}"]`);
  if (box === null) {
    const rect = document.querySelector(tableSelector).getBoundingClientRect();
    box = document.createElement("div");
    box.dataset.testid = testId;
    box.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;overflow:auto;z-index:100000;background:white;font:14px sans-serif`;
    document.body.appendChild(box);
  }
  const cells = Array.from({ length: cellCount }, (_, index) => index);
  const rows = [];
  for (let row = fromRow; row < toRow; row += 1) {
    const text = cells
      .map(
        (cell) =>
          `<div style="width:170px;flex-shrink:0;padding:0 8px;overflow:hidden;white-space:nowrap">Row ${row} cell ${cell}</div>`,
      )
      .join("");
    rows.push(
      `<div style="display:flex;height:${rowHeight}px;align-items:center;border-bottom:1px solid #ddd">${text}</div>`,
    );
  }
  box.insertAdjacentHTML("beforeend", rows.join(""));
  requestAnimationFrame(() => setTimeout(() => done(box.scrollHeight), 0));
}

export function removeStaticRows(testId) {
  document.querySelector(`[data-testid="${testId}"]`)?.remove();
}

/**
 * Resolves, once the User Timing mark `name` exists (the newest one after `after` marks of that
 * name), to its time on the wall clock: `performance.timeOrigin` plus its start time.
 */
export function waitForMark(name, after, done) {
  const check = () => {
    const marks = performance.getEntriesByName(name, "mark");
    if (marks.length > after) done(performance.timeOrigin + marks.at(-1).startTime);
    else setTimeout(check, 5);
  };
  check();
}

/**
 * Clicks the `index`th element `clickSelector` matches and resolves to the milliseconds until
 * `readySelector` matches and has been painted (the first task after the next animation frame).
 */
export function clickAndMeasure(clickSelector, index, readySelector, done) {
  const target = document.querySelectorAll(clickSelector)[index];
  if (!target) {
    done({ error: `nothing matches ${clickSelector} at ${index}` });
    return;
  }
  const started = performance.now();
  target.click();
  const check = () => {
    if (document.querySelector(readySelector)) {
      requestAnimationFrame(() =>
        setTimeout(() => done({ duration: performance.now() - started }), 0),
      );
    } else {
      requestAnimationFrame(check);
    }
  };
  check();
}

/**
 * The baseline of "opening a form": a plain DOM form of `fieldCount` labelled text inputs,
 * built and painted, then removed.
 */
export function paintPlainForm(fieldCount, done) {
  const started = performance.now();
  const form = document.createElement("form");
  form.style.cssText =
    "position:fixed;inset:0;z-index:100000;background:white;font:14px sans-serif;overflow:auto";
  for (let index = 0; index < fieldCount; index += 1) {
    const label = document.createElement("label");
    label.style.display = "block";
    label.textContent = `Field ${index}`;
    const input = document.createElement("input");
    input.name = `field${index}`;
    label.appendChild(input);
    form.appendChild(label);
  }
  document.body.appendChild(form);
  requestAnimationFrame(() =>
    setTimeout(() => {
      const duration = performance.now() - started;
      form.remove();
      done({ duration });
    }, 0),
  );
}
