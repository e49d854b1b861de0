//! Sessions charging right now: how many, and the newest of them.

use ampeco::generated::ListOperation;
use ampeco::Client;
use serde::Serialize;
use serde_json::{json, Value};

use crate::listing::{count, filter, newest};
use crate::records::text;
use crate::tenant::Watch;
use crate::InsightsError;

/// How many of the newest active sessions Home lists.
pub const NEWEST_SHOWN: u32 = 8;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ActiveSession {
    pub id: String,
    pub charge_point_id: Option<String>,
    pub user_id: Option<String>,
    /// The ID tag's label, which names the driver where the user does not.
    pub id_tag_label: Option<String>,
    pub started_at: Option<String>,
    /// Energy delivered so far, in kWh.
    pub energy_kwh: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ChargingNow {
    pub active: u32,
    /// Newest first.
    pub newest: Vec<ActiveSession>,
}

/// The filter that selects sessions in progress.
pub(crate) fn active_filter() -> serde_json::Map<String, Value> {
    filter([("status", json!("active"))])
}

pub(crate) async fn charging_now(
    client: &Client,
    watch: &Watch<'_>,
) -> Result<ChargingNow, InsightsError> {
    let op = ListOperation::SessionsListing;
    let active = count(client, watch, op, active_filter()).await?;
    let records = newest(client, op, active_filter(), active, NEWEST_SHOWN).await?;
    watch.check()?;
    Ok(ChargingNow {
        active: u32::try_from(active).unwrap_or(u32::MAX),
        newest: records.iter().filter_map(active_session).collect(),
    })
}

fn active_session(record: &Value) -> Option<ActiveSession> {
    let field = |name: &str| record.get(name).and_then(text);
    Some(ActiveSession {
        id: field("id")?,
        charge_point_id: field("chargePointId"),
        user_id: field("userId"),
        id_tag_label: field("idTagLabel"),
        started_at: field("startedAt"),
        energy_kwh: record
            .get("energy")
            .and_then(Value::as_f64)
            .map(|wh| (wh / 1000.0 * 1000.0).round() / 1000.0),
    })
}
