//! Home's widgets: each command names the connection the window shows and how old
//! a cached answer may be, under a request id the window cancels (`cancel_request`) when
//! Home is left before the answer came; each delegates to `crates/insights`.

use std::time::Duration;

use insights::{
    AttentionAnswer, ChargerStatusAnswer, ChargingNowAnswer, CountsAnswer, EnergyAnswer, Insights,
    RevenueAnswer, TimeRange,
};
use session::Session;
use tauri::State;

use crate::AppError;

fn seconds(max_age_secs: u32) -> Duration {
    Duration::from_secs(max_age_secs.into())
}

#[tauri::command]
#[specta::specta]
pub async fn home_charger_status(
    session: State<'_, Session>,
    insights: State<'_, Insights>,
    request_id: String,
    generation: u32,
    max_age_secs: u32,
) -> Result<ChargerStatusAnswer, AppError> {
    Ok(insights
        .charger_status(&session, &request_id, generation, seconds(max_age_secs))
        .await?
        .into())
}

#[tauri::command]
#[specta::specta]
pub async fn home_charging_now(
    session: State<'_, Session>,
    insights: State<'_, Insights>,
    request_id: String,
    generation: u32,
    max_age_secs: u32,
) -> Result<ChargingNowAnswer, AppError> {
    Ok(insights
        .charging_now(&session, &request_id, generation, seconds(max_age_secs))
        .await?
        .into())
}

#[tauri::command]
#[specta::specta]
pub async fn home_energy(
    session: State<'_, Session>,
    insights: State<'_, Insights>,
    request_id: String,
    generation: u32,
    range: TimeRange,
    time_zone: String,
    max_age_secs: u32,
) -> Result<EnergyAnswer, AppError> {
    Ok(insights
        .energy(
            &session,
            &request_id,
            generation,
            range,
            &time_zone,
            seconds(max_age_secs),
        )
        .await?
        .into())
}

#[tauri::command]
#[specta::specta]
pub async fn home_revenue(
    session: State<'_, Session>,
    insights: State<'_, Insights>,
    request_id: String,
    generation: u32,
    range: TimeRange,
    time_zone: String,
    max_age_secs: u32,
) -> Result<RevenueAnswer, AppError> {
    Ok(insights
        .revenue(
            &session,
            &request_id,
            generation,
            range,
            &time_zone,
            seconds(max_age_secs),
        )
        .await?
        .into())
}

#[tauri::command]
#[specta::specta]
pub async fn home_attention(
    session: State<'_, Session>,
    insights: State<'_, Insights>,
    request_id: String,
    generation: u32,
    max_age_secs: u32,
) -> Result<AttentionAnswer, AppError> {
    Ok(insights
        .attention(&session, &request_id, generation, seconds(max_age_secs))
        .await?
        .into())
}

#[tauri::command]
#[specta::specta]
pub async fn home_counts(
    session: State<'_, Session>,
    insights: State<'_, Insights>,
    request_id: String,
    generation: u32,
    max_age_secs: u32,
) -> Result<CountsAnswer, AppError> {
    Ok(insights
        .counts(&session, &request_id, generation, seconds(max_age_secs))
        .await?
        .into())
}
