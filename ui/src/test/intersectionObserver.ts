// jsdom lays nothing out, so it has no IntersectionObserver. This stand-in takes every observed
// element to be in view as it is observed (Home draws a chart once its place comes near the
// view), unless a test holds it back and says itself when elements come near.
import { afterEach } from "vitest";

export class TestIntersectionObserver {
  /** Whether observed elements are reported in view at once; a test may turn this off. */
  static inViewAtOnce = true;
  private static readonly watching = new Set<TestIntersectionObserver>();

  readonly root = null;
  readonly rootMargin = "0px";
  readonly thresholds = [0];
  private readonly targets = new Set<Element>();

  constructor(private readonly callback: IntersectionObserverCallback) {}

  observe(target: Element) {
    this.targets.add(target);
    TestIntersectionObserver.watching.add(this);
    if (TestIntersectionObserver.inViewAtOnce) this.tell(target, true);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    TestIntersectionObserver.watching.delete(this);
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Reports every observed element as come near the view (`true`) or gone from it. */
  static report(inView: boolean) {
    for (const observer of TestIntersectionObserver.watching)
      for (const target of observer.targets) observer.tell(target, inView);
  }

  /** Back to reporting at once, watching nothing: each test starts alike. */
  static reset() {
    TestIntersectionObserver.inViewAtOnce = true;
    TestIntersectionObserver.watching.clear();
  }

  private tell(target: Element, inView: boolean) {
    const entry = { target, isIntersecting: inView, intersectionRatio: inView ? 1 : 0 };
    this.callback([entry as unknown as IntersectionObserverEntry], this);
  }
}

afterEach(() => {
  TestIntersectionObserver.reset();
});
