//! The size of the network and its customer base: one number per listing.

use ampeco::generated::ListOperation;
use ampeco::Client;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::listing::{count, filter, walk};
use crate::tenant::Watch;
use crate::InsightsError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum CountKind {
    Customers,
    IdTags,
    ActiveSubscriptions,
    ActiveReservations,
    Locations,
    ChargePoints,
}

impl CountKind {
    pub const ALL: [CountKind; 6] = [
        CountKind::Customers,
        CountKind::IdTags,
        CountKind::ActiveSubscriptions,
        CountKind::ActiveReservations,
        CountKind::Locations,
        CountKind::ChargePoints,
    ];

    /// The listing counted and the filter that selects what is counted.
    pub fn listing(self) -> (ListOperation, Map<String, Value>) {
        match self {
            CountKind::Customers => (ListOperation::UsersListing, Map::new()),
            CountKind::IdTags => (ListOperation::IdTagsListing, Map::new()),
            CountKind::ActiveSubscriptions => (
                ListOperation::SubscriptionsListing,
                filter([("status", json!("active"))]),
            ),
            CountKind::ActiveReservations => (
                ListOperation::ReservationsListing,
                filter([("status", json!("active"))]),
            ),
            CountKind::Locations => (ListOperation::LocationsListing, Map::new()),
            CountKind::ChargePoints => (ListOperation::ChargePointsListing, Map::new()),
        }
    }

    /// Whether the listing takes page numbers, and so reports `meta.total`:
    /// the locations and charge points listings only take cursors and are walked.
    fn has_total(self) -> bool {
        !matches!(self, CountKind::Locations | CountKind::ChargePoints)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct CountLine {
    pub kind: CountKind,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub lines: Vec<CountLine>,
}

impl Counts {
    pub fn of(&self, kind: CountKind) -> Option<u32> {
        self.lines
            .iter()
            .find(|line| line.kind == kind)
            .map(|line| line.count)
    }
}

pub(crate) async fn counts(client: &Client, watch: &Watch<'_>) -> Result<Counts, InsightsError> {
    let lines = CountKind::ALL.map(|kind| async move {
        let (op, filter) = kind.listing();
        let total = if kind.has_total() {
            count(client, watch, op, filter).await?
        } else {
            walk(client, watch, op, filter, |_| {}).await?
        };
        Ok::<_, InsightsError>(CountLine {
            kind,
            count: u32::try_from(total).unwrap_or(u32::MAX),
        })
    });
    let lines = futures_util::future::try_join_all(lines).await?;
    Ok(Counts { lines })
}
