//! What needs the operator: broken or offline chargers, failed payments, open
//! downtime, requests waiting for an answer and new jobs for installers.

use ampeco::generated::ListOperation;
use ampeco::Client;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::charger_status::ChargerStatus;
use crate::listing::{count, filter, newest, walk};
use crate::records::{text, RecordRef, ResourceKey};
use crate::tenant::Watch;
use crate::InsightsError;

/// Records listed per line; the line's count says how many there are in all.
pub const SHOWN_PER_GROUP: usize = 10;

/// Network statuses of a charge point that is not talking to the tenant.
pub const OFFLINE_NETWORK_STATUSES: [&str; 3] = [
    "temporarily_unavailable",
    "long-term_unavailable",
    "never_connected",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum AttentionKind {
    FaultedEvses,
    UnavailableEvses,
    OfflineChargePoints,
    FailedPayments,
    OpenDowntimePeriods,
    PendingBookingRequests,
    NewInstallerJobs,
}

/// One line of the list: how many, and the first of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct AttentionGroup {
    pub kind: AttentionKind,
    pub count: u32,
    pub records: Vec<RecordRef>,
}

/// Only the lines with something in them, in the order of [`AttentionKind`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Attention {
    pub groups: Vec<AttentionGroup>,
}

impl Attention {
    pub fn group(&self, kind: AttentionKind) -> Option<&AttentionGroup> {
        self.groups.iter().find(|group| group.kind == kind)
    }
}

fn group(kind: AttentionKind, count: u64, records: Vec<RecordRef>) -> AttentionGroup {
    AttentionGroup {
        kind,
        count: u32::try_from(count).unwrap_or(u32::MAX),
        records: records.into_iter().take(SHOWN_PER_GROUP).collect(),
    }
}

/// The filters of the lines the listings can select themselves.
pub(crate) fn failed_payments() -> Map<String, Value> {
    filter([("paymentStatus", json!("failed"))])
}
pub(crate) fn pending_booking_requests() -> Map<String, Value> {
    filter([("status", json!("pending"))])
}
pub(crate) fn new_installer_jobs() -> Map<String, Value> {
    filter([("status", json!("new"))])
}

/// Whether a downtime period has not ended yet.
pub(crate) fn is_open(period: &Value) -> bool {
    period.get("endedAt").is_none_or(Value::is_null)
}

pub(crate) async fn attention(
    client: &Client,
    watch: &Watch<'_>,
    chargers: &ChargerStatus,
) -> Result<Attention, InsightsError> {
    let mut groups = Vec::new();
    for (kind, status) in [
        (AttentionKind::FaultedEvses, "faulted"),
        (AttentionKind::UnavailableEvses, "unavailable"),
    ] {
        if let Some(found) = chargers.evses_with(status) {
            groups.push(group(kind, found.count.into(), found.records.clone()));
        }
    }
    let offline: Vec<RecordRef> = OFFLINE_NETWORK_STATUSES
        .iter()
        .filter_map(|status| chargers.charge_points_with(status))
        .flat_map(|found| found.records.iter().cloned())
        .collect();
    let offline_count = offline.len() as u64;
    groups.push(group(
        AttentionKind::OfflineChargePoints,
        offline_count,
        offline,
    ));

    let sessions = async {
        let op = ListOperation::SessionsListing;
        let total = count(client, watch, op, failed_payments()).await?;
        let records = newest(client, op, failed_payments(), total, SHOWN_PER_GROUP as u32).await?;
        let references = records
            .iter()
            .filter_map(|session| {
                RecordRef::of(ResourceKey::Sessions, session, &[])
                    .map(|r| r.with_detail(session.get("startedAt").and_then(text)))
            })
            .collect();
        Ok::<_, InsightsError>(group(AttentionKind::FailedPayments, total, references))
    };
    let downtime = async {
        let mut open = Vec::new();
        for (op, resource) in [
            (
                ListOperation::ChargePointDowntimePeriodsListing,
                ResourceKey::ChargePointDowntimePeriods,
            ),
            (
                ListOperation::EvseDowntimePeriodsListing,
                ResourceKey::EvseDowntimePeriods,
            ),
        ] {
            walk(client, watch, op, Map::new(), |period| {
                if is_open(period) {
                    let since = period.get("startedAt").and_then(text);
                    let charge_point = period.get("chargePointId").and_then(text);
                    let label = charge_point.map(|id| format!("Charge point {id}"));
                    if let Some(mut reference) = RecordRef::of(resource, period, &[]) {
                        if let Some(label) = label {
                            reference.label = label;
                        }
                        open.push(reference.with_detail(since));
                    }
                }
            })
            .await?;
        }
        let total = open.len() as u64;
        Ok::<_, InsightsError>(group(AttentionKind::OpenDowntimePeriods, total, open))
    };
    let bookings = async {
        let mut pending = Vec::new();
        let total = walk(
            client,
            watch,
            ListOperation::BookingRequestsListing,
            pending_booking_requests(),
            |request| {
                if pending.len() < SHOWN_PER_GROUP {
                    if let Some(reference) =
                        RecordRef::of(ResourceKey::BookingRequests, request, &["externalId"])
                    {
                        pending.push(reference.with_detail(request.get("startAt").and_then(text)));
                    }
                }
            },
        )
        .await?;
        Ok::<_, InsightsError>(group(AttentionKind::PendingBookingRequests, total, pending))
    };
    let jobs = async {
        let op = ListOperation::GetInstallerJobsList;
        let total = count(client, watch, op, new_installer_jobs()).await?;
        let records = newest(
            client,
            op,
            new_installer_jobs(),
            total,
            SHOWN_PER_GROUP as u32,
        )
        .await?;
        let references = records
            .iter()
            .filter_map(|job| {
                RecordRef::of(ResourceKey::InstallerJobs, job, &["description"])
                    .map(|r| r.with_detail(job.get("createdAt").and_then(text)))
            })
            .collect();
        Ok::<_, InsightsError>(group(AttentionKind::NewInstallerJobs, total, references))
    };
    let (sessions, downtime, bookings, jobs) =
        tokio::try_join!(sessions, downtime, bookings, jobs)?;
    groups.extend([sessions, downtime, bookings, jobs]);
    groups.retain(|group| group.count > 0);
    Ok(Attention { groups })
}
