//! Records a number stands for, so every number on Home can open them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The screen a record opens on: the window's resource key of its listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ResourceKey {
    #[serde(rename = "evses")]
    Evses,
    #[serde(rename = "charge-points")]
    ChargePoints,
    #[serde(rename = "sessions")]
    Sessions,
    #[serde(rename = "charge-point-downtime-periods")]
    ChargePointDowntimePeriods,
    #[serde(rename = "evse-downtime-periods")]
    EvseDowntimePeriods,
    #[serde(rename = "booking-requests")]
    BookingRequests,
    #[serde(rename = "installer-jobs")]
    InstallerJobs,
    #[serde(rename = "users")]
    Users,
    #[serde(rename = "id-tags")]
    IdTags,
    #[serde(rename = "subscriptions")]
    Subscriptions,
    #[serde(rename = "reservations")]
    Reservations,
    #[serde(rename = "locations")]
    Locations,
    #[serde(rename = "transactions")]
    Transactions,
}

/// One record, named the way operators name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RecordRef {
    pub resource: ResourceKey,
    pub id: String,
    /// The record's own name (`BER-0012*1`, `Berlin Wallbox #12`), or its id.
    pub label: String,
    /// A second line: the charge point an EVSE belongs to, when it started.
    pub detail: Option<String>,
}

impl RecordRef {
    /// A reference to `record`, labelled by the first of `names` it carries.
    pub fn of(resource: ResourceKey, record: &Value, names: &[&str]) -> Option<RecordRef> {
        let id = text(record.get("id")?)?;
        let label = names
            .iter()
            .find_map(|name| record.get(*name).and_then(text))
            .filter(|label| !label.is_empty())
            .unwrap_or_else(|| format!("#{id}"));
        Some(RecordRef {
            resource,
            id,
            label,
            detail: None,
        })
    }

    pub fn with_detail(mut self, detail: Option<String>) -> RecordRef {
        self.detail = detail;
        self
    }
}

/// A field as text: strings as they are, numbers in their JSON spelling.
pub(crate) fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}
