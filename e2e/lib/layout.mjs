// Layout checks on what the window shows now: page width, controls whose text is cut off, and
// controls drawn over one another. Used where the window is made bigger or its text larger.

/**
 * The page's layout width in CSS pixels, how far anything runs past it, whether the main
 * region is in sight, and how far the navigation's content runs past its own width and
 * whether it shows a sideways scrollbar (it scrolls up and down, never sideways).
 */
export function pageLayout(browser) {
  return browser.execute(() => {
    const main = document.querySelector("main")?.getBoundingClientRect();
    // The navigation's scrolling box, and a sideways scrollbar beside it (shown for as little
    // as a fraction of a pixel too wide, at a fractional zoom).
    const viewport = document.querySelector('[data-testid="nav-scroll"]');
    const sidewaysBar = viewport?.parentElement?.querySelector('[data-orientation="horizontal"]');
    const barShown = sidewaysBar ? sidewaysBar.getBoundingClientRect().height > 0 : false;
    return {
      width: window.innerWidth,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      mainVisible: main !== undefined && main.width > 0 && main.left < window.innerWidth,
      navigationOverflow: viewport ? viewport.scrollWidth - viewport.clientWidth : 0,
      navigationScrollsSideways: barShown,
    };
  });
}

/**
 * What is wrong with the controls in sight: each problem a line naming the control (its test
 * id, else its tag and text). While a modal dialog is open only its controls count: the page
 * behind it is out of reach. A control is clipped when its own text needs more room than its
 * box gives it and the box hides the rest; two controls overlap when the parts of them in
 * sight (inside every scrolling or clipping box around them) share more than a sliver and
 * neither holds the other. A control on a layer of its own (a sticky column or button bar, a
 * hint floating over a table, an input's own clear button) is drawn over what scrolls or sits
 * beneath it by design, so controls are only compared with others on the same layer. Text
 * cut off on purpose with an ellipsis (a table cell, a long name in a badge) is not counted:
 * it shows that there is more, and its whole text is in its title or the record.
 */
export function layoutProblems(browser) {
  return browser.execute(() => {
    const SLIVER = 2;
    const name = (element) => {
      const marked = element.closest("[data-testid]")?.getAttribute("data-testid");
      const text = (element.innerText ?? element.value ?? "").trim().slice(0, 30);
      return `${marked ?? element.tagName.toLowerCase()}${text ? ` "${text}"` : ""}`;
    };
    const hides = (value) => value !== "visible";
    /** The part of `element` in sight: its box cut by the window and every clipping box. */
    const visibleBox = (element) => {
      const box = element.getBoundingClientRect();
      let { left, top, right, bottom } = box;
      right = Math.min(right, window.innerWidth);
      bottom = Math.min(bottom, window.innerHeight);
      left = Math.max(left, 0);
      top = Math.max(top, 0);
      for (let up = element.parentElement; up !== null; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
        const clip = up.getBoundingClientRect();
        if (hides(style.overflowX)) {
          left = Math.max(left, clip.left);
          right = Math.min(right, clip.right);
        }
        if (hides(style.overflowY)) {
          top = Math.max(top, clip.top);
          bottom = Math.min(bottom, clip.bottom);
        }
      }
      return { left, top, right, bottom, whole: box };
    };
    const inSight = (element) => {
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || Number(style.opacity) === 0) return null;
      const part = visibleBox(element);
      const width = part.right - part.left;
      const height = part.bottom - part.top;
      // Visually hidden text for screen readers is 1 px and clipped on purpose.
      if (width <= 1 || height <= 1) return null;
      // Mostly scrolled away: what is left is a sliver at the edge of its scrolling box.
      if (width * height < 0.5 * part.whole.width * part.whole.height) return null;
      return part;
    };
    const dialogs = [...document.querySelectorAll('[role="dialog"][aria-modal="true"]')].filter(
      (dialog) => dialog.getBoundingClientRect().width > 0,
    );
    const scope = dialogs.at(-1) ?? document;
    const controls = [
      ...scope.querySelectorAll(
        'button, a[href], input:not([type="hidden"]), textarea, select, [role="tab"], [role="checkbox"], [role="switch"]',
      ),
    ]
      .map((element) => ({ element, box: inSight(element) }))
      .filter(({ box }) => box !== null);

    /** The layer the control is drawn on: its nearest sticky or raised absolute box, if any. */
    const layerOf = (element) => {
      for (let up = element; up !== null && up !== scope; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.position === "sticky") return up;
        if (style.position === "absolute" && style.zIndex !== "auto") return up;
      }
      return null;
    };
    for (const control of controls) control.layer = layerOf(control.element);

    const problems = [];
    const clippedText = (element) => {
      const style = getComputedStyle(element);
      if (style.textOverflow === "ellipsis") return false;
      const overX = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const overY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      return overX || overY;
    };
    for (const { element } of controls) {
      // The control itself and the elements inside it that carry its text (a button's label).
      const parts = [element, ...element.querySelectorAll("span, div, p")].filter(
        (part) => part === element || part.childElementCount === 0,
      );
      const cut = parts.find(
        (part) => part.textContent.trim() !== "" && inSight(part) !== null && clippedText(part),
      );
      if (cut) problems.push(`clipped: ${name(element)}`);
    }
    for (let i = 0; i < controls.length; i += 1) {
      const { element: a, box: boxA } = controls[i];
      for (let j = i + 1; j < controls.length; j += 1) {
        const { element: b, box: boxB } = controls[j];
        if (a.contains(b) || b.contains(a)) continue;
        if (controls[i].layer !== controls[j].layer) continue;
        const width = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left);
        const height = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top);
        if (width > SLIVER && height > SLIVER) {
          problems.push(`overlap: ${name(a)} and ${name(b)}`);
        }
      }
    }
    return problems;
  });
}
