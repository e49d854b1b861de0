//! Saved views of the connected tenant's profile. Every call names the
//! connection the window knows (`tenant`, its generation), so a view is never
//! saved into a tenant the operator has just switched to.

use insights::{Insights, ViewCountAnswer, ViewListing};
use session::{SavedView, Session, ViewState};
use tauri::State;

use crate::AppError;

/// The views of the connected tenant's profile, by name.
#[tauri::command]
#[specta::specta]
pub async fn list_saved_views(
    session: State<'_, Session>,
    tenant: u32,
) -> Result<Vec<SavedView>, AppError> {
    Ok(session.saved_views(tenant).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn save_view(
    session: State<'_, Session>,
    tenant: u32,
    name: String,
    state: ViewState,
) -> Result<SavedView, AppError> {
    Ok(session.save_view(tenant, name, state).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn rename_view(
    session: State<'_, Session>,
    tenant: u32,
    id: u32,
    name: String,
) -> Result<SavedView, AppError> {
    Ok(session.rename_view(tenant, id, name).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_view(
    session: State<'_, Session>,
    tenant: u32,
    id: u32,
    state: ViewState,
) -> Result<SavedView, AppError> {
    Ok(session.update_view(tenant, id, state).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn pin_view(
    session: State<'_, Session>,
    tenant: u32,
    id: u32,
    pinned: bool,
) -> Result<SavedView, AppError> {
    Ok(session.pin_view(tenant, id, pinned).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_view(
    session: State<'_, Session>,
    tenant: u32,
    id: u32,
) -> Result<(), AppError> {
    Ok(session.delete_view(tenant, id).await?)
}

/// How many records a pinned view lists, for its tile on Home.
#[tauri::command]
#[specta::specta]
pub async fn home_view_count(
    session: State<'_, Session>,
    insights: State<'_, Insights>,
    request_id: String,
    generation: u32,
    listing: ViewListing,
    max_age_secs: u32,
) -> Result<ViewCountAnswer, AppError> {
    let max_age = std::time::Duration::from_secs(max_age_secs.into());
    Ok(insights
        .view_count(&session, &request_id, generation, &listing, max_age)
        .await?
        .into())
}
