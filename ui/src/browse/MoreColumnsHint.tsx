// A table wider than the window says so: a fade over its right edge and a "More columns"
// button that scrolls the next columns into view (the scrollbar alone is easy to miss).
import { Box, Button } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
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

interface MoreColumnsHintProps {
  scrollRef: RefObject<HTMLElement | null>;
  /** Room kept for the row buttons pinned at the right edge. */
  pinnedWidth: number;
}

export function MoreColumnsHint({ scrollRef, pinnedWidth }: MoreColumnsHintProps) {
  return (
    <>
      <Box
        aria-hidden
        style={{
          position: "absolute",
          top: 1,
          bottom: 1,
          right: pinnedWidth + 1,
          width: 48,
          pointerEvents: "none",
          zIndex: 2,
          background: "linear-gradient(to right, transparent, var(--mantine-color-body))",
        }}
      />
      <Button
        data-testid="more-columns"
        size="compact-xs"
        variant="default"
        rightSection={<IconArrowRight size={14} />}
        style={{ position: "absolute", top: 5, right: pinnedWidth + 8, zIndex: 3 }}
        onClick={() => {
          const element = scrollRef.current;
          element?.scrollBy({ left: element.clientWidth * 0.6, behavior: "smooth" });
        }}
      >
        More columns
      </Button>
    </>
  );
}
