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
export const plugdeskTheme = createTheme({
  primaryColor: "teal",
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontFamilyMonospace:
    "ui-monospace, SFMono-Regular, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, monospace",
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
