use session::{ActivityEntry, ActivityQuery, Session};
use tauri::State;

use crate::AppError;

/// The changes made from this computer, newest first.
#[tauri::command]
#[specta::specta]
pub async fn list_activity(
    session: State<'_, Session>,
    query: ActivityQuery,
) -> Result<Vec<ActivityEntry>, AppError> {
    Ok(session.activity(query).await?)
}

/// How many days the activity log keeps entries.
#[tauri::command]
#[specta::specta]
pub async fn activity_retention(session: State<'_, Session>) -> Result<u32, AppError> {
    Ok(session.activity_retention_days().await?)
}

/// Keeps activity entries for `days` from now on; older ones are removed at once.
#[tauri::command]
#[specta::specta]
pub async fn set_activity_retention(
    session: State<'_, Session>,
    days: u32,
) -> Result<u32, AppError> {
    Ok(session.set_activity_retention_days(days).await?)
}
