//! How Plugdesk behaves as an installed desktop program: one copy at a time, the window
//! where the operator left it, and no close that cuts off work in flight.
//!
//! Two copies would write the same profile list and activity log over each other, so a
//! second launch only brings the open window forward and exits. Neither plugin exposes
//! anything to the webview: both are used from Rust only and no capability grants them.

use tauri::{Manager, Runtime, WebviewWindow, WindowEvent};
use tauri_plugin_window_state::StateFlags;

use crate::close_guard::CloseGuard;

/// The window every launch opens (`tauri.conf.json`).
pub const MAIN_WINDOW: &str = "main";

/// A second launch brings the running window forward and exits.
pub fn single_instance<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_single_instance::init(|app, _args, _cwd| {
        if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
            bring_forward(&window);
        }
    })
}

fn bring_forward<R: Runtime>(window: &WebviewWindow<R>) {
    // Each step may fail on a desktop that does not allow it; the others still help.
    window.unminimize().ok();
    window.show().ok();
    window.set_focus().ok();
}

/// The window reopens where and as large as it was left (maximised or full screen too).
/// Visibility and decorations are not restored: Plugdesk never changes them, and a window
/// restored as hidden would look like an app that did not start.
pub fn window_state<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_window_state::Builder::new()
        .with_state_flags(
            StateFlags::SIZE
                | StateFlags::POSITION
                | StateFlags::MAXIMIZED
                | StateFlags::FULLSCREEN,
        )
        .build()
}

/// Holds back a close while an export or a change is in flight (see `crate::close_guard`).
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        if !window.state::<CloseGuard>().may_close() {
            api.prevent_close();
        }
    }
}
