//! A saved view's tile counts what its list screen would show, against the demo tenant.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use ampeco::generated::ListOperation;
use common::{all_records, call_id, connect, Demo};
use insights::{CountKind, Insights, ViewListing, FIRST_PAGE};
use serde_json::{json, Map};

const FRESH: Duration = Duration::ZERO;

fn listing(operation: ListOperation, filter: Map<String, serde_json::Value>) -> ViewListing {
    ViewListing {
        operation,
        path: BTreeMap::new(),
        filter,
    }
}

#[tokio::test]
async fn a_view_of_a_listing_with_a_total_is_counted_past_its_first_page() {
    let demo = Demo::start(42, 1).await;
    let (session, tenant) = connect(&demo);
    let client = session.active().unwrap().client;
    let insights = Insights::new();

    // Users report `meta.total`: every one is counted, past the first page.
    let users = all_records(&client, ListOperation::UsersListing).await;
    assert!(users.len() > FIRST_PAGE as usize, "{} users", users.len());
    let count = insights
        .view_count(
            &session,
            &call_id(),
            tenant.generation,
            &listing(ListOperation::UsersListing, Map::new()),
            FRESH,
        )
        .await
        .unwrap();
    assert_eq!(count.tenant, tenant.key);
    assert_eq!(count.value.count as usize, users.len());
    assert!(count.value.exact);

    demo.shutdown().await;
}

#[tokio::test]
async fn a_view_counts_with_its_filters_and_a_short_listing_is_exact() {
    let demo = Demo::start(42, 1).await;
    let (session, tenant) = connect(&demo);
    let insights = Insights::new();
    let mut active = Map::new();
    active.insert("status".into(), json!("active"));
    let view = insights
        .view_count(
            &session,
            &call_id(),
            tenant.generation,
            &listing(ListOperation::SubscriptionsListing, active),
            FRESH,
        )
        .await
        .unwrap()
        .value;
    let counts = insights
        .counts(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap()
        .value;
    assert_eq!(Some(view.count), counts.of(CountKind::ActiveSubscriptions));
    assert!(view.exact);

    // A location's charge points fit one page: counted exactly without a total.
    let client = session.active().unwrap().client;
    let charge_points = all_records(&client, ListOperation::ChargePointsListing).await;
    let location = charge_points[0]["locationId"].clone();
    let at_location = charge_points
        .iter()
        .filter(|record| record["locationId"] == location)
        .count();
    let mut filter = Map::new();
    filter.insert("locationId".into(), location);
    let view = insights
        .view_count(
            &session,
            &call_id(),
            tenant.generation,
            &listing(ListOperation::ChargePointsListing, filter),
            FRESH,
        )
        .await
        .unwrap()
        .value;
    assert_eq!((view.count as usize, view.exact), (at_location, true));
    demo.shutdown().await;
}
