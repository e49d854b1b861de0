//! Every number of Home, computed against the demo tenant, equals a count made
//! directly from the full listing it comes from; for several seeds and scales.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use ampeco::generated::ListOperation;
use common::{all_records, call_id, connect, field, Demo};
use insights::{AttentionKind, CountKind, Insights, TimeRange};
use serde_json::Value;

const FRESH: Duration = Duration::ZERO;

fn tally<'a>(records: impl Iterator<Item = &'a Value>, name: &str) -> BTreeMap<String, u32> {
    let mut counts = BTreeMap::new();
    for record in records {
        let status = field(record, name).unwrap_or_else(|| "unknown".to_owned());
        *counts.entry(status).or_insert(0) += 1;
    }
    counts
}

fn started_in(record: &Value, name: &str, start: jiff::Timestamp, end: jiff::Timestamp) -> bool {
    field(record, name)
        .and_then(|text| text.parse::<jiff::Timestamp>().ok())
        .is_some_and(|at| at >= start && at < end)
}

/// `[start, end)` of every bucket: each ends where the next starts, the last a day (or hour) on.
fn spans(starts: &[String], hourly: bool) -> Vec<(jiff::Timestamp, jiff::Timestamp)> {
    let starts: Vec<jiff::Timestamp> = starts.iter().map(|s| s.parse().unwrap()).collect();
    let step = if hourly { 3600 } else { 86_400 };
    starts
        .iter()
        .enumerate()
        .map(|(index, start)| {
            let end = starts
                .get(index + 1)
                .copied()
                .unwrap_or(*start + jiff::SignedDuration::from_secs(step));
            (*start, end)
        })
        .collect()
}

async fn check_every_widget(seed: u64, scale: u64) {
    let demo = Demo::start(seed, scale).await;
    let (session, tenant) = connect(&demo);
    let client = session.active().unwrap().client;
    let insights = Insights::new();
    let context = format!("seed {seed}, scale {scale}");

    // Charger status: both walks, group by group.
    let evses = all_records(&client, ListOperation::EvsesListing).await;
    let charge_points = all_records(&client, ListOperation::ChargePointsListing).await;
    let status = insights
        .charger_status(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap();
    assert_eq!(status.tenant, tenant.key);
    let by_hardware = tally(evses.iter(), "hardwareStatus");
    let computed: BTreeMap<String, u32> = status
        .value
        .evses
        .iter()
        .map(|g| (g.status.clone(), g.count))
        .collect();
    assert_eq!(computed, by_hardware, "{context}");
    let faulted: Vec<String> = evses
        .iter()
        .filter(|e| field(e, "hardwareStatus").as_deref() == Some("faulted"))
        .filter_map(|e| field(e, "id"))
        .collect();
    let faulted_group = status
        .value
        .evses_with("faulted")
        .expect("a few faulted EVSEs");
    let listed: Vec<String> = faulted_group.records.iter().map(|r| r.id.clone()).collect();
    assert_eq!(
        listed, faulted,
        "{context}: the faulted segment lists exactly the faulted EVSEs"
    );
    assert!(
        status.value.evses_with("unavailable").is_some(),
        "{context}"
    );
    let by_network = tally(charge_points.iter(), "networkStatus");
    let computed: BTreeMap<String, u32> = status
        .value
        .charge_points
        .iter()
        .map(|g| (g.status.clone(), g.count))
        .collect();
    assert_eq!(computed, by_network, "{context}");
    assert_eq!(status.value.evse_total as usize, evses.len());
    assert_eq!(
        status.value.charge_point_total as usize,
        charge_points.len()
    );

    // Charging now and needs attention from the sessions listing.
    let sessions = all_records(&client, ListOperation::SessionsListing).await;
    let active: Vec<&Value> = sessions
        .iter()
        .filter(|s| field(s, "status").as_deref() == Some("active"))
        .collect();
    let now = insights
        .charging_now(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap();
    assert_eq!(now.value.active as usize, active.len(), "{context}");
    assert!(!now.value.newest.is_empty());
    let newest_id = field(active.last().unwrap(), "id").unwrap();
    assert_eq!(now.value.newest[0].id, newest_id, "newest first");

    let attention = insights
        .attention(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap();
    let failed = sessions
        .iter()
        .filter(|s| field(s, "paymentStatus").as_deref() == Some("failed"))
        .count();
    assert!(failed > 0, "{context}: a few failed payments");
    let count_of = |kind| attention.value.group(kind).map_or(0, |g| g.count as usize);
    assert_eq!(count_of(AttentionKind::FailedPayments), failed, "{context}");
    assert_eq!(
        count_of(AttentionKind::FaultedEvses),
        faulted.len(),
        "{context}"
    );
    let offline = charge_points
        .iter()
        .filter(|c| {
            matches!(
                field(c, "networkStatus").as_deref(),
                Some("temporarily_unavailable" | "long-term_unavailable" | "never_connected")
            )
        })
        .count();
    assert!(offline > 0, "{context}: some charge points offline");
    assert_eq!(count_of(AttentionKind::OfflineChargePoints), offline);
    let mut open_downtime = 0;
    for op in [
        ListOperation::ChargePointDowntimePeriodsListing,
        ListOperation::EvseDowntimePeriodsListing,
    ] {
        open_downtime += all_records(&client, op)
            .await
            .iter()
            .filter(|p| p.get("endedAt").is_none_or(Value::is_null))
            .count();
    }
    assert_eq!(open_downtime, 1, "{context}: one open downtime period");
    assert_eq!(count_of(AttentionKind::OpenDowntimePeriods), 1);
    let bookings = all_records(&client, ListOperation::BookingRequestsListing).await;
    let pending = tally(bookings.iter(), "status")
        .get("pending")
        .copied()
        .unwrap_or(0);
    assert_eq!(pending, 1, "{context}: one pending booking request");
    assert_eq!(count_of(AttentionKind::PendingBookingRequests), 1);
    let jobs = all_records(&client, ListOperation::GetInstallerJobsList).await;
    let new_jobs = tally(jobs.iter(), "status")
        .get("new")
        .copied()
        .unwrap_or(0);
    assert_eq!(
        count_of(AttentionKind::NewInstallerJobs),
        new_jobs as usize,
        "{context}"
    );

    // Energy and sessions per day, in UTC so the test's own days are easy to cut.
    let energy = insights
        .energy(
            &session,
            &call_id(),
            tenant.generation,
            TimeRange::Days30,
            "UTC",
            FRESH,
        )
        .await
        .unwrap();
    let starts: Vec<String> = energy
        .value
        .buckets
        .iter()
        .map(|b| b.start.clone())
        .collect();
    assert_eq!(starts.len(), 30);
    for (bucket, (start, end)) in energy.value.buckets.iter().zip(spans(&starts, false)) {
        let inside: Vec<&Value> = sessions
            .iter()
            .filter(|s| started_in(s, "startedAt", start, end))
            .collect();
        assert_eq!(bucket.sessions as usize, inside.len(), "{context}: {start}");
        // Active sessions' energy grows while they charge, between two reads: compare the
        // finished ones exactly, and the bucket as at least as much.
        let finished_wh: f64 = inside
            .iter()
            .filter(|s| field(s, "status").as_deref() != Some("active"))
            .filter_map(|s| s.get("energy").and_then(Value::as_f64))
            .sum();
        let charging = inside
            .iter()
            .any(|s| field(s, "status").as_deref() == Some("active"));
        if charging {
            assert!(
                bucket.energy_kwh >= finished_wh / 1000.0 - 0.01,
                "{context}: {start}"
            );
        } else {
            assert!(
                (bucket.energy_kwh - finished_wh / 1000.0).abs() < 0.01,
                "{context}: {start}"
            );
        }
    }
    let busy_days = energy
        .value
        .buckets
        .iter()
        .filter(|b| b.sessions > 0)
        .count();
    assert!(
        busy_days >= 28,
        "{context}: sessions on most of the 30 days"
    );

    // Revenue per day and currency from finalized transactions.
    let transactions = all_records(&client, ListOperation::TransactionsListing).await;
    let revenue = insights
        .revenue(
            &session,
            &call_id(),
            tenant.generation,
            TimeRange::Days30,
            "UTC",
            FRESH,
        )
        .await
        .unwrap();
    assert!(
        revenue.value.currencies.len() >= 2,
        "{context}: two currencies or more"
    );
    let starts: Vec<String> = revenue
        .value
        .buckets
        .iter()
        .map(|b| b.start.clone())
        .collect();
    for (bucket, (start, end)) in revenue.value.buckets.iter().zip(spans(&starts, false)) {
        for amount in &bucket.amounts {
            let expected: f64 = transactions
                .iter()
                .filter(|t| field(t, "status").as_deref() == Some("finalized"))
                .filter(|t| field(t, "currency").as_deref() == Some(amount.currency.as_str()))
                .filter(|t| started_in(t, "finalizedAt", start, end))
                .filter_map(|t| t.get("totalAmount").and_then(Value::as_f64))
                .sum();
            assert!(
                (amount.amount - expected).abs() < 0.005,
                "{context}: {start} {}: {} ≠ {expected}",
                amount.currency,
                amount.amount
            );
        }
    }
    assert!(
        transactions
            .iter()
            .any(|t| field(t, "status").as_deref() == Some("failed")),
        "{context}: a few failed payments among transactions"
    );

    // Counts.
    let counts = insights
        .counts(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap();
    let count_all = |records: &[Value]| records.len() as u32;
    let active_status = |records: &[Value]| {
        records
            .iter()
            .filter(|r| field(r, "status").as_deref() == Some("active"))
            .count() as u32
    };
    let users = all_records(&client, ListOperation::UsersListing).await;
    let tags = all_records(&client, ListOperation::IdTagsListing).await;
    let subscriptions = all_records(&client, ListOperation::SubscriptionsListing).await;
    let reservations = all_records(&client, ListOperation::ReservationsListing).await;
    let locations = all_records(&client, ListOperation::LocationsListing).await;
    assert_eq!(
        counts.value.of(CountKind::Customers),
        Some(count_all(&users))
    );
    assert_eq!(counts.value.of(CountKind::IdTags), Some(count_all(&tags)));
    assert_eq!(
        counts.value.of(CountKind::ActiveSubscriptions),
        Some(active_status(&subscriptions))
    );
    assert_eq!(
        counts.value.of(CountKind::ActiveReservations),
        Some(active_status(&reservations))
    );
    assert_eq!(
        counts.value.of(CountKind::Locations),
        Some(count_all(&locations))
    );
    assert_eq!(
        counts.value.of(CountKind::ChargePoints),
        Some(count_all(&charge_points))
    );
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_number_matches_the_listing_for_seed_42_at_scale_1() {
    check_every_widget(42, 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_number_matches_the_listing_for_seed_7_at_scale_2() {
    check_every_widget(7, 2).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_number_matches_the_listing_for_seed_2026_at_scale_1() {
    check_every_widget(2026, 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn today_is_counted_by_hour_up_to_now() {
    let demo = Demo::start(42, 1).await;
    let (session, tenant) = connect(&demo);
    let insights = Insights::new();
    let today = insights
        .energy(
            &session,
            &call_id(),
            tenant.generation,
            TimeRange::Today,
            "Europe/Berlin",
            FRESH,
        )
        .await
        .unwrap();
    assert!(today.value.hourly);
    assert!(!today.value.buckets.is_empty() && today.value.buckets.len() <= 24);
    let week = insights
        .energy(
            &session,
            &call_id(),
            tenant.generation,
            TimeRange::Days7,
            "Europe/Berlin",
            FRESH,
        )
        .await
        .unwrap();
    assert_eq!(week.value.buckets.len(), 7);
    assert_eq!(
        today.value.total_sessions,
        week.value.buckets.last().unwrap().sessions,
        "today's hours add up to today"
    );
    demo.shutdown().await;
}
