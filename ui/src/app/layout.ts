// The shell's measures, shared by the frame and by what is placed against it.

export const HEADER_HEIGHT = 56;
export const NAVBAR_WIDTH = 260;

/**
 * Toasts sit at the bottom of the sidebar, as wide as it: over the navigation's end, never
 * over the table, form or button the operator is working with.
 */
export const TOAST_WIDTH = NAVBAR_WIDTH - 2 * 16;
