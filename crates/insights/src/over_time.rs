//! Energy, sessions and revenue per day (per hour for today).
//!
//! Each bucket is one walk over the sessions (or transactions) listing with
//! that bucket's date filters, so a bucket's numbers are exactly what the
//! listing shows for the same filters. Buckets are walked side by side; the
//! client's concurrency limit keeps the tenant's load steady.

use std::collections::BTreeMap;

use ampeco::generated::ListOperation;
use ampeco::Client;
use futures_util::{stream, StreamExt, TryStreamExt};
use serde::Serialize;
use serde_json::{json, Value};

use crate::listing::{filter, walk};
use crate::range::Bucket;
use crate::tenant::Watch;
use crate::InsightsError;

/// Walks running at once; the client's own limit bounds the requests.
const WALKS_AT_ONCE: usize = 6;

/// Sessions started in one bucket and the energy they delivered.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ActivityBucket {
    /// RFC 3339, UTC: where the bucket starts; the window labels it in local time.
    pub start: String,
    pub sessions: u32,
    pub energy_kwh: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct EnergyOverTime {
    /// `true`: each bucket is one hour; `false`: one day.
    pub hourly: bool,
    pub buckets: Vec<ActivityBucket>,
    pub total_sessions: u32,
    pub total_energy_kwh: f64,
}

/// Money in one currency; amounts of different currencies are never added.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct CurrencyAmount {
    pub currency: String,
    pub amount: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RevenueBucket {
    pub start: String,
    /// One entry per currency seen in the range, in the order of `currencies`.
    pub amounts: Vec<CurrencyAmount>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RevenueOverTime {
    pub hourly: bool,
    /// Every currency with revenue in the range, alphabetically.
    pub currencies: Vec<String>,
    pub buckets: Vec<RevenueBucket>,
    pub totals: Vec<CurrencyAmount>,
    pub transactions: u32,
}

fn number(value: Option<&Value>) -> f64 {
    match value {
        Some(Value::Number(number)) => number.as_f64().unwrap_or(0.0),
        Some(Value::String(text)) => text.trim().parse().unwrap_or(0.0),
        _ => 0.0,
    }
}

fn round(value: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (value * factor).round() / factor
}

/// Sessions started and kWh delivered (the session's `energy`, in Wh) per bucket.
pub(crate) async fn energy(
    client: &Client,
    watch: &Watch<'_>,
    buckets: Vec<crate::range::Bucket>,
    hourly: bool,
) -> Result<EnergyOverTime, InsightsError> {
    let counted: Vec<ActivityBucket> = stream::iter(buckets)
        .map(|bucket| async move {
            let (after, before) = bucket.bounds();
            let mut wh = 0.0;
            let sessions = walk(
                client,
                watch,
                ListOperation::SessionsListing,
                filter([
                    ("startedAfter", json!(after)),
                    ("startedBefore", json!(before)),
                ]),
                |session| wh += number(session.get("energy")),
            )
            .await?;
            Ok::<_, InsightsError>(ActivityBucket {
                start: after,
                sessions: u32::try_from(sessions).unwrap_or(u32::MAX),
                energy_kwh: round(wh / 1000.0, 3),
            })
        })
        .buffered(WALKS_AT_ONCE)
        .try_collect()
        .await?;
    Ok(EnergyOverTime {
        hourly,
        total_sessions: counted.iter().map(|b| b.sessions).sum(),
        total_energy_kwh: round(counted.iter().map(|b| b.energy_kwh).sum(), 3),
        buckets: counted,
    })
}

/// Revenue of finalized transactions per bucket (by when they were
/// finalized), summed per currency.
pub(crate) async fn revenue(
    client: &Client,
    watch: &Watch<'_>,
    buckets: Vec<Bucket>,
    hourly: bool,
) -> Result<RevenueOverTime, InsightsError> {
    let counted: Vec<(String, BTreeMap<String, f64>, u64)> = stream::iter(buckets)
        .map(|bucket| async move {
            let (after, before) = bucket.bounds();
            let mut sums: BTreeMap<String, f64> = BTreeMap::new();
            let seen = walk(
                client,
                watch,
                ListOperation::TransactionsListing,
                filter([
                    ("status", json!("finalized")),
                    ("finalizedAfter", json!(after)),
                    ("finalizedBefore", json!(before)),
                ]),
                |transaction| {
                    let currency = transaction
                        .get("currency")
                        .and_then(Value::as_str)
                        .filter(|code| !code.is_empty())
                        .unwrap_or("?")
                        .to_owned();
                    *sums.entry(currency).or_default() += number(transaction.get("totalAmount"));
                },
            )
            .await?;
            Ok::<_, InsightsError>((after, sums, seen))
        })
        .buffered(WALKS_AT_ONCE)
        .try_collect()
        .await?;
    let mut totals: BTreeMap<String, f64> = BTreeMap::new();
    for (_, sums, _) in &counted {
        for (currency, amount) in sums {
            *totals.entry(currency.clone()).or_default() += amount;
        }
    }
    let currencies: Vec<String> = totals.keys().cloned().collect();
    let amount_list = |sums: &BTreeMap<String, f64>| {
        currencies
            .iter()
            .map(|currency| CurrencyAmount {
                currency: currency.clone(),
                amount: round(sums.get(currency).copied().unwrap_or(0.0), 4),
            })
            .collect::<Vec<_>>()
    };
    Ok(RevenueOverTime {
        hourly,
        transactions: u32::try_from(counted.iter().map(|(_, _, seen)| seen).sum::<u64>())
            .unwrap_or(u32::MAX),
        buckets: counted
            .iter()
            .map(|(start, sums, _)| RevenueBucket {
                start: start.clone(),
                amounts: amount_list(sums),
            })
            .collect(),
        totals: amount_list(&totals),
        currencies,
    })
}
