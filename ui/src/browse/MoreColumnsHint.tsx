// A table wider than the window says so: a fade over its right edge and a "More columns to
// the right" arrow button that scrolls them into view (the scrollbar alone is easy to miss).
import { ActionIcon, Box, Tooltip } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import type { RefObject } from "react";

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
      <Tooltip label="More columns to the right">
        <ActionIcon
          data-testid="more-columns"
          size="sm"
          variant="default"
          aria-label="More columns to the right"
          style={{ position: "absolute", top: 8, right: pinnedWidth + 6, zIndex: 3 }}
          onClick={() => {
            const element = scrollRef.current;
            element?.scrollBy({ left: element.clientWidth * 0.6, behavior: "smooth" });
          }}
        >
          <IconArrowRight size={14} />
        </ActionIcon>
      </Tooltip>
    </>
  );
}
