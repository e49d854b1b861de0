//! EVSEs by hardware status and charge points by network status.
//!
//! Neither listing has a status filter, so both are walked once, and each
//! status keeps the records it counted: a chart segment opens exactly those.

use std::collections::BTreeMap;

use ampeco::generated::ListOperation;
use ampeco::Client;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::listing::walk;
use crate::records::{text, RecordRef, ResourceKey};
use crate::tenant::Watch;
use crate::InsightsError;

/// The status given to records that carry none.
pub const NO_STATUS: &str = "unknown";

/// The records of one status, in listing order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct StatusGroup {
    /// The API's value (`faulted`, `long-term_unavailable`), or `unknown`.
    pub status: String,
    pub count: u32,
    pub records: Vec<RecordRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ChargerStatus {
    /// EVSEs by `hardwareStatus`, biggest group first.
    pub evses: Vec<StatusGroup>,
    /// Charge points by `networkStatus`, biggest group first.
    pub charge_points: Vec<StatusGroup>,
    pub evse_total: u32,
    pub charge_point_total: u32,
}

impl ChargerStatus {
    pub fn evses_with(&self, status: &str) -> Option<&StatusGroup> {
        self.evses.iter().find(|group| group.status == status)
    }

    pub fn charge_points_with(&self, status: &str) -> Option<&StatusGroup> {
        self.charge_points
            .iter()
            .find(|group| group.status == status)
    }
}

/// Records grouped by one field as they stream past.
struct Grouping {
    field: &'static str,
    groups: BTreeMap<String, Vec<RecordRef>>,
}

impl Grouping {
    fn new(field: &'static str) -> Grouping {
        Grouping {
            field,
            groups: BTreeMap::new(),
        }
    }

    fn add(&mut self, record: &Value, reference: Option<RecordRef>) {
        let status = record
            .get(self.field)
            .and_then(Value::as_str)
            .filter(|status| !status.is_empty())
            .unwrap_or(NO_STATUS)
            .to_owned();
        if let Some(reference) = reference {
            self.groups.entry(status).or_default().push(reference);
        }
    }

    fn finish(self) -> Vec<StatusGroup> {
        let mut groups: Vec<StatusGroup> = self
            .groups
            .into_iter()
            .map(|(status, records)| StatusGroup {
                status,
                count: u32::try_from(records.len()).unwrap_or(u32::MAX),
                records,
            })
            .collect();
        groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.status.cmp(&b.status)));
        groups
    }
}

pub(crate) async fn charger_status(
    client: &Client,
    watch: &Watch<'_>,
) -> Result<ChargerStatus, InsightsError> {
    let mut evses = Grouping::new("hardwareStatus");
    let mut charge_points = Grouping::new("networkStatus");
    let evse_walk = walk(
        client,
        watch,
        ListOperation::EvsesListing,
        Map::new(),
        |record| {
            let reference =
                RecordRef::of(ResourceKey::Evses, record, &["networkId", "label"]).map(|r| {
                    let parent = record.get("chargePointId").and_then(text);
                    r.with_detail(parent.map(|id| format!("Charge point {id}")))
                });
            evses.add(record, reference);
        },
    );
    let charge_point_walk = walk(
        client,
        watch,
        ListOperation::ChargePointsListing,
        Map::new(),
        |record| {
            let reference =
                RecordRef::of(ResourceKey::ChargePoints, record, &["name", "networkId"]);
            charge_points.add(record, reference);
        },
    );
    let (evse_total, charge_point_total) = tokio::try_join!(evse_walk, charge_point_walk)?;
    Ok(ChargerStatus {
        evses: evses.finish(),
        charge_points: charge_points.finish(),
        evse_total: u32::try_from(evse_total).unwrap_or(u32::MAX),
        charge_point_total: u32::try_from(charge_point_total).unwrap_or(u32::MAX),
    })
}
