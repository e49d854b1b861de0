import "@testing-library/jest-dom/vitest";
import { clearMocks } from "@tauri-apps/api/mocks";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { TestIntersectionObserver } from "./intersectionObserver";

// A screen's first render imports and lays out a whole page of Mantine components; on a busy
// two-core machine that alone can pass Testing Library's one-second default for `findBy…`.
// Waiting longer changes no outcome, only how long a real failure takes to report.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks the layout APIs Mantine reads; these stand-ins report "no match" and no size.
Object.defineProperty(window, "matchMedia", {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

window.IntersectionObserver = TestIntersectionObserver;

// Mantine's autosizing text areas listen for web fonts loading; jsdom has no font set.
if (!("fonts" in document)) {
  Object.defineProperty(document, "fonts", {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

// Mantine's ScrollArea and Combobox call these; jsdom does not implement them.
window.HTMLElement.prototype.scrollIntoView = () => {};
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  clearMocks();
  window.localStorage.clear();
});
