// Whether a scrolling table has columns beyond its right edge, kept up to date as it scrolls
// and resizes.
import { useEffect, useState, type RefObject } from "react";

/** Whether columns sit beyond the right edge of the scrolling element. */
export function useColumnsToTheRight(
  scrollRef: RefObject<HTMLElement | null>,
  widthKey: number,
): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const element = scrollRef.current;
    if (element === null) return;
    const check = () => setMore(element.scrollLeft + element.clientWidth < element.scrollWidth - 1);
    check();
    element.addEventListener("scroll", check, { passive: true });
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(check);
    observer?.observe(element);
    return () => {
      element.removeEventListener("scroll", check);
      observer?.disconnect();
    };
  }, [scrollRef, widthKey]);
  return more;
}
