//! Tenant profiles and the connection. Tokens come in (once, when typed) and
//! never go back out: every answer is a `SessionStatus` or a check result.

use session::{ConnectionCheck, ProfileChanges, ProfileInput, Session, SessionStatus};
use tauri::State;

use crate::AppError;

#[tauri::command]
#[specta::specta]
pub async fn session_status(session: State<'_, Session>) -> Result<SessionStatus, AppError> {
    Ok(session.status().await)
}

#[tauri::command]
#[specta::specta]
pub async fn check_connection(
    session: State<'_, Session>,
    tenant_url: String,
    token: String,
) -> Result<ConnectionCheck, AppError> {
    Ok(session.check_connection(&tenant_url, token).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn add_profile(
    session: State<'_, Session>,
    input: ProfileInput,
) -> Result<SessionStatus, AppError> {
    Ok(session.add_profile(input).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_profile(
    session: State<'_, Session>,
    id: String,
    changes: ProfileChanges,
) -> Result<SessionStatus, AppError> {
    Ok(session.update_profile(&id, changes).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_profile(
    session: State<'_, Session>,
    id: String,
) -> Result<SessionStatus, AppError> {
    Ok(session.delete_profile(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn activate_profile(
    session: State<'_, Session>,
    id: String,
) -> Result<SessionStatus, AppError> {
    Ok(session.activate_profile(&id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn disconnect(session: State<'_, Session>) -> Result<SessionStatus, AppError> {
    Ok(session.disconnect().await?)
}

/// Opens the built-in demo network: no account, no keychain.
#[tauri::command]
#[specta::specta]
pub async fn start_demo(session: State<'_, Session>) -> Result<SessionStatus, AppError> {
    Ok(session.start_demo().await?)
}
