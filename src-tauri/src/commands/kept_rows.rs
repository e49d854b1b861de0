//! The records Load all kept on the Rust side, read by the window a few at a
//! time (see `session::RowStore`).

use serde_json::Value;
use session::Session;
use tauri::State;

/// The kept records at `indices` (`null` for one no longer kept).
#[tauri::command]
#[specta::specta]
pub fn kept_records(session: State<'_, Session>, key: String, indices: Vec<u32>) -> Vec<Value> {
    session.rows().records(&key, &indices)
}

/// Light copies of the kept records from `from` on, with only the fields named.
#[tauri::command]
#[specta::specta]
pub fn kept_fields(
    session: State<'_, Session>,
    key: String,
    names: Vec<String>,
    from: u32,
) -> Vec<Value> {
    session.rows().fields(&key, &names, from)
}

/// Drops the records kept under `key`; an empty key drops every listing's.
#[tauri::command]
#[specta::specta]
pub fn forget_kept(session: State<'_, Session>, key: String) {
    if key.is_empty() {
        session.rows().forget_all();
    } else {
        session.rows().forget(&key);
    }
}
