import { createTheme, Drawer, Menu, Modal, Notification } from "@mantine/core";
import { DatePickerInput, DateTimePicker } from "@mantine/dates";

/** What screen readers call the × of dialogs and notifications, which Mantine leaves unnamed. */
const CLOSE_BUTTON = { "aria-label": "Close" };
/** The × that empties a date field. */
const CLEAR_BUTTON = { "aria-label": "Clear the date" };
/**
 * A date field's calendar gives focus back to the field when it closes, by Escape or by taking
 * the date (Mantine's pickers leave it on the page otherwise).
 */
const PICKER_POPOVER = { returnFocus: true };

// System fonts only: the content security policy allows no remote origins, so no web fonts.
// The operating system's own interface font (`system-ui`: Segoe UI, San Francisco, the Linux
// desktop's font) and its own monospace, with no list of other systems' font names: on Linux
// every name in such a list is looked up in fontconfig for each size and weight a screen uses,
// which cost the window about 120 ms of its start (bench/RESULTS.md).
export const plugdeskTheme = createTheme({
  primaryColor: "teal",
  defaultRadius: "md",
  fontFamily: "system-ui, sans-serif",
  fontFamilyMonospace: "ui-monospace, monospace",
  // Transitions shorten to nothing when the operating system asks for reduced motion.
  respectReducedMotion: true,
  // Keyboard focus always shows a ring; a mouse click does not draw one.
  focusRing: "auto",
  components: {
    Modal: Modal.extend({
      defaultProps: {
        closeButtonProps: CLOSE_BUTTON,
        // A dialog's title bar is drawn as <header>, which reads as a second banner landmark
        // next to the window's own; the dialog is named by its title already.
        attributes: { header: { role: "none" } },
      },
    }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: CLOSE_BUTTON } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: CLOSE_BUTTON } }),
    DateTimePicker: DateTimePicker.extend({
      defaultProps: {
        clearButtonProps: CLEAR_BUTTON,
        popoverProps: PICKER_POPOVER,
        // The ✓ under the calendar that takes the date and time, which Mantine leaves unnamed.
        submitButtonProps: { "aria-label": "Use this date and time" },
      },
    }),
    DatePickerInput: DatePickerInput.extend({
      defaultProps: { clearButtonProps: CLEAR_BUTTON, popoverProps: PICKER_POPOVER },
    }),
    // Without the focus placeholder (a focusable element that is not a menu item), an opened
    // menu puts focus on its first item, as the ARIA menu pattern has it.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});
