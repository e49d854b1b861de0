//! Bulk runs against the demo tenant over real loopback HTTP: the
//! concurrency bound, Cancel, 429 waited out, partial failure, one activity
//! entry per record, and never a second send of one record's change.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ampeco::generated::{ActionOperation, ListOperation};
use ampeco::{Client, ClientConfig, OperationRequest, QueryInput, RetryPolicy, SecretString, Url};
use bulk_run::{
    BulkItem, BulkOperation, BulkProgress, BulkReport, BulkRequest, BulkRuns, ItemOutcome,
};
use demo_tenant::{DemoConfig, DemoTenant, FaultSettings, RunningDemo};
use serde_json::json;
use session::{ActiveTenant, ActivityLog, ActivityQuery, Session, SessionError, TenantView};

const TOKEN: &str = "bulk-test";

async fn demo() -> RunningDemo {
    DemoTenant::start(DemoConfig {
        token: TOKEN.to_owned(),
        ..DemoConfig::default()
    })
    .await
    .expect("the demo tenant starts")
}

/// A session with an activity log, connected to `demo` with a client keeping
/// at most `limit` requests in flight.
fn connect(
    demo: &RunningDemo,
    limit: usize,
    retry: RetryPolicy,
    read_only: bool,
) -> (Session, u32) {
    let mut config = ClientConfig::new(Url::parse(demo.url()).unwrap(), SecretString::from(TOKEN));
    config.max_concurrent_requests = limit;
    config.retry = retry;
    let session = Session::new().with_activity_log(ActivityLog::in_memory().unwrap());
    session.activate(ActiveTenant {
        view: TenantView {
            profile_id: Some("bulk".to_owned()),
            name: "Bulk".to_owned(),
            tenant_url: demo.url().to_owned(),
            color: "blue".to_owned(),
            read_only,
            demo: false,
            generation: 0,
        },
        client: Client::new(config).unwrap(),
    });
    let generation = session.active().unwrap().view.generation;
    (session, generation)
}

/// The ids of the first `count` charge points.
async fn charge_points(session: &Session, count: u8) -> Vec<u64> {
    let page = session
        .active()
        .unwrap()
        .client
        .execute(
            ListOperation::ChargePointsListing.operation(),
            OperationRequest {
                query: QueryInput {
                    cursor: Some(String::new()),
                    per_page: Some(count.into()),
                    ..QueryInput::default()
                },
                ..OperationRequest::default()
            },
        )
        .await
        .unwrap();
    let ids: Vec<u64> = page.body.unwrap()["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|record| record["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids.len(), usize::from(count));
    ids
}

fn take_out_of_service(run_id: &str, ids: &[u64]) -> BulkRequest {
    BulkRequest {
        run_id: run_id.to_owned(),
        operation: BulkOperation::Action {
            operation: ActionOperation::ChargePointChangeAvailability,
        },
        body: Some(json!({"type": "Inoperative"})),
        items: ids
            .iter()
            .map(|id| BulkItem {
                request_id: format!("{run_id}-cp-{id}"),
                path: BTreeMap::from([("chargePoint".to_owned(), json!(id))]),
            })
            .collect(),
    }
}

/// How many change-availability requests the tenant served for charge point `id`.
fn sends_to(demo: &RunningDemo, id: u64) -> usize {
    let path = format!("POST /public-api/actions/charge-point/v1.0/{id}/change-availability");
    demo.served().iter().filter(|line| **line == path).count()
}

async fn run(
    runs: &BulkRuns,
    session: &Session,
    generation: u32,
    request: BulkRequest,
) -> (BulkReport, Vec<BulkProgress>) {
    let events = Mutex::new(Vec::new());
    let report = runs
        .run(session, generation, request, |event| {
            events.lock().unwrap().push(event)
        })
        .await
        .expect("the run starts");
    (report, events.into_inner().unwrap())
}

fn applied(outcome: ItemOutcome) -> bool {
    matches!(outcome, ItemOutcome::Succeeded | ItemOutcome::Accepted)
}

#[tokio::test]
async fn records_run_side_by_side_but_never_more_than_the_tenant_limit() {
    let demo = demo().await;
    let (session, generation) = connect(&demo, 3, RetryPolicy::default(), false);
    let ids = charge_points(&session, 9).await;
    demo.faults().set(FaultSettings {
        latency_ms: 250,
        ..FaultSettings::default()
    });
    let began = Instant::now();
    let (report, events) = run(
        &BulkRuns::new(),
        &session,
        generation,
        take_out_of_service("limit", &ids),
    )
    .await;
    let took = began.elapsed();
    println!(
        "9 records at 250 ms each, 3 at a time: {} ms",
        took.as_millis()
    );
    assert!(
        report.results.iter().all(|r| applied(r.outcome)),
        "{report:?}"
    );
    assert_eq!(events.len(), 9);
    assert_eq!(events.last().unwrap().finished, 9);
    let most = events.iter().map(|e| e.in_flight).max().unwrap();
    assert!(most <= 3, "at most 3 in flight, saw {most}");
    // Three rounds of three: not one at a time, not all at once.
    assert!(took >= Duration::from_millis(750), "{took:?}");
    assert!(took < Duration::from_millis(9 * 250), "{took:?}");
    for id in &ids {
        assert_eq!(sends_to(&demo, *id), 1, "charge point {id}");
    }
}

#[tokio::test]
async fn each_record_is_one_activity_entry_of_the_run_and_a_retry_sends_nothing_twice() {
    let demo = demo().await;
    let (session, generation) = connect(&demo, 4, RetryPolicy::default(), false);
    let mut ids = charge_points(&session, 5).await;
    ids.push(987_654_321); // no such charge point: this one fails
    let runs = BulkRuns::new();
    let (report, _) = run(
        &runs,
        &session,
        generation,
        take_out_of_service("run-a", &ids),
    )
    .await;

    let outcomes: Vec<ItemOutcome> = report.results.iter().map(|r| r.outcome).collect();
    assert!(outcomes[..5].iter().all(|o| applied(*o)), "{outcomes:?}");
    let missing = &report.results[5];
    assert_eq!(missing.outcome, ItemOutcome::Failed);
    assert_eq!(missing.status, Some(404));
    assert!(missing.message.as_deref().is_some_and(|m| !m.is_empty()));

    let entries = session
        .activity(ActivityQuery {
            bulk_run: Some("run-a".into()),
            ..ActivityQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(entries.len(), 6, "one entry per record");
    assert!(entries
        .iter()
        .all(|e| e.operation_id == "chargePointChangeAvailability"));

    // "Retry the failed ones" keeps each record's request id: the applied
    // records are refused as already sent, the failed one goes out again.
    let mut retry = take_out_of_service("run-a", &ids);
    retry.run_id = "run-b".into();
    let (again, _) = run(&runs, &session, generation, retry).await;
    assert!(again.results[..5]
        .iter()
        .all(|r| r.outcome == ItemOutcome::AlreadySent));
    assert_eq!(again.results[5].outcome, ItemOutcome::Failed);
    for id in &ids[..5] {
        assert_eq!(sends_to(&demo, *id), 1, "charge point {id} changed once");
    }
    assert_eq!(
        sends_to(&demo, ids[5]),
        2,
        "the refused record was sent again"
    );
}

#[tokio::test]
async fn a_429_holds_the_run_back_and_every_record_still_goes_out_once() {
    let demo = demo().await;
    // No retries inside the client: the run itself must wait the 429s out.
    let (session, generation) = connect(&demo, 4, RetryPolicy::never(), false);
    let ids = charge_points(&session, 8).await;
    demo.faults().set(FaultSettings {
        rate_limit: Some(3),
        ..FaultSettings::default()
    });
    let began = Instant::now();
    let (report, _) = run(
        &BulkRuns::new(),
        &session,
        generation,
        take_out_of_service("limited", &ids),
    )
    .await;
    println!(
        "8 records at 3 a second: {} ms",
        began.elapsed().as_millis()
    );
    assert!(
        report.results.iter().all(|r| applied(r.outcome)),
        "{report:?}"
    );
    assert!(began.elapsed() >= Duration::from_secs(1), "the run waited");
    for id in &ids {
        assert_eq!(sends_to(&demo, *id), 1, "charge point {id}");
    }
}

#[tokio::test]
async fn cancel_stops_records_that_have_not_started() {
    let demo = demo().await;
    let (session, generation) = connect(&demo, 2, RetryPolicy::default(), false);
    let ids = charge_points(&session, 10).await;
    demo.faults().set(FaultSettings {
        latency_ms: 300,
        ..FaultSettings::default()
    });
    let runs = Arc::new(BulkRuns::new());
    let canceller = Arc::clone(&runs);
    let cancel = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(450)).await;
        assert!(canceller.cancel("stopped"));
    });
    let (report, _) = run(
        &runs,
        &session,
        generation,
        take_out_of_service("stopped", &ids),
    )
    .await;
    cancel.await.unwrap();
    assert!(report.cancelled);
    let sent = report.results.iter().filter(|r| applied(r.outcome)).count();
    let not_sent = report
        .results
        .iter()
        .filter(|r| r.outcome == ItemOutcome::NotSent)
        .count();
    println!("cancelled after 450 ms: {sent} sent, {not_sent} not sent");
    // Two rounds of two had started; those finished, nothing else went out.
    assert_eq!(sent + not_sent, 10, "{report:?}");
    assert!((2..=4).contains(&sent), "{sent}");
    for (id, result) in ids.iter().zip(&report.results) {
        let expected = usize::from(applied(result.outcome));
        assert_eq!(sends_to(&demo, *id), expected, "charge point {id}");
    }
    assert!(!runs.cancel("stopped"), "the run left the register");
}

#[tokio::test]
async fn a_read_only_profile_is_refused_before_anything_is_sent() {
    let demo = demo().await;
    let (session, generation) = connect(&demo, 4, RetryPolicy::default(), true);
    let ids = charge_points(&session, 3).await;
    let refused = BulkRuns::new()
        .run(
            &session,
            generation,
            take_out_of_service("ro", &ids),
            |_| {},
        )
        .await;
    assert_eq!(
        refused,
        Err(SessionError::Api(ampeco::Error::ReadOnlyProfile))
    );
    assert!(demo.served().iter().all(|line| !line.starts_with("POST")));
}

#[tokio::test]
async fn a_run_meant_for_another_connection_sends_nothing() {
    let demo = demo().await;
    let (session, generation) = connect(&demo, 4, RetryPolicy::default(), false);
    let ids = charge_points(&session, 2).await;
    let refused = BulkRuns::new()
        .run(
            &session,
            generation + 1,
            take_out_of_service("old", &ids),
            |_| {},
        )
        .await;
    assert_eq!(refused, Err(SessionError::TenantChanged));
    assert!(demo.served().iter().all(|line| !line.starts_with("POST")));
}
