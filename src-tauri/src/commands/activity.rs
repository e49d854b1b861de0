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
