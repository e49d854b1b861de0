//! The window's side of the close guard (`crate::close_guard`): listening for a held-back
//! close, and closing anyway once the operator confirms.

use tauri::ipc::Channel;
use tauri::State;

use crate::close_guard::{CloseGuard, WorkInFlight};
use crate::AppError;

/// From now on, a close held back because work is in flight is reported on `on_request`.
#[tauri::command]
#[specta::specta]
pub fn watch_close_requests(guard: State<'_, CloseGuard>, on_request: Channel<WorkInFlight>) {
    guard.watch(move |work| on_request.send(work).is_ok());
}

/// Closes the window although work is in flight: the operator confirmed.
#[tauri::command]
#[specta::specta]
pub fn close_window(window: tauri::Window, guard: State<'_, CloseGuard>) -> Result<(), AppError> {
    guard.confirm();
    window.close().map_err(|error| {
        AppError::internal(format!("Plugdesk could not close its window: {error}"))
    })
}
