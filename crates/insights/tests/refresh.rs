//! Refreshing under pressure: the tenant switched mid-count, a tenant that
//! asks to slow down (429) or is briefly unavailable (503), and two refreshes
//! of one widget asked at once.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{activate, call_id, connect, tenant_of, Demo};
use demo_tenant::FaultSettings;
use insights::{CountKind, Insights, InsightsError, TimeRange};
use session::SessionError;

const FRESH: Duration = Duration::ZERO;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_tenant_mid_count_stops_it_and_never_shows_the_old_tenants_numbers() {
    let first = Demo::start(42, 1).await;
    let second = Demo::start(7, 1).await;
    // Slow pages, so the switch lands while the first tenant is being walked.
    first.running.faults().set(FaultSettings {
        latency_ms: 40,
        ..FaultSettings::default()
    });
    let (session, first_key) = connect(&first);
    let session = Arc::new(session);
    let insights = Arc::new(Insights::new());
    let counting = {
        let (session, insights, key) = (session.clone(), insights.clone(), first_key.clone());
        tokio::spawn(async move {
            insights
                .energy(
                    &session,
                    &call_id(),
                    key.generation,
                    TimeRange::Days30,
                    "UTC",
                    FRESH,
                )
                .await
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let second_key = activate(&session, tenant_of(&second, "other"));
    let outcome = counting.await.unwrap();
    assert_eq!(outcome.unwrap_err(), InsightsError::TenantChanged);

    // A window still naming the first tenant is refused; the second one's numbers come
    // back labelled with the second tenant.
    let stale = insights
        .counts(&session, &call_id(), first_key.generation, FRESH)
        .await;
    assert_eq!(stale.unwrap_err(), InsightsError::TenantChanged);
    let counts = insights
        .counts(&session, &call_id(), second_key.generation, FRESH)
        .await
        .unwrap();
    assert_eq!(counts.tenant, second_key.key);
    first.shutdown().await;
    second.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_count_cancelled_by_its_request_id_stops_walking_and_the_next_one_counts() {
    let demo = Demo::start(42, 1).await;
    // Slow pages, so the cancel lands while the sessions are being walked.
    demo.running.faults().set(FaultSettings {
        latency_ms: 40,
        ..FaultSettings::default()
    });
    let (session, tenant) = connect(&demo);
    let session = Arc::new(session);
    let insights = Arc::new(Insights::new());
    let counting = {
        let (session, insights) = (session.clone(), insights.clone());
        tokio::spawn(async move {
            insights
                .energy(
                    &session,
                    "energy-1",
                    tenant.generation,
                    TimeRange::Days30,
                    "UTC",
                    FRESH,
                )
                .await
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(session.cancel("energy-1"), "the count was still running");
    let outcome = counting.await.unwrap();
    assert_eq!(
        outcome.unwrap_err(),
        InsightsError::Session(SessionError::Api(ampeco::Error::Cancelled))
    );
    // Nothing more is asked of the tenant once the walk's requests in flight are answered.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let asked = demo.running.served().len();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(demo.running.served().len(), asked, "the walk went on");

    // The widget is free for the next count, which runs to its end.
    demo.running.faults().set(FaultSettings::default());
    let energy = insights
        .energy(
            &session,
            "energy-2",
            tenant.generation,
            TimeRange::Days30,
            "UTC",
            FRESH,
        )
        .await
        .unwrap();
    assert_eq!(energy.value.buckets.len(), 30);
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refresh_waits_out_429_and_503_and_counts_the_same() {
    let demo = Demo::start(42, 1).await;
    let (session, tenant) = connect(&demo);
    let insights = Insights::new();
    let calm = insights
        .counts(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap();

    demo.running.faults().set(FaultSettings {
        rate_limit: Some(3),
        ..FaultSettings::default()
    });
    let limited = insights
        .counts(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap();
    assert_eq!(limited.value, calm.value, "429 answers are waited out");

    demo.running.faults().set(FaultSettings {
        error_rate: 0.2,
        ..FaultSettings::default()
    });
    let flaky = insights
        .counts(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap();
    assert_eq!(flaky.value, calm.value, "503 answers are retried");
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_refresh_reports_the_failure_and_keeps_the_last_numbers() {
    let demo = Demo::start(42, 1).await;
    let (session, tenant) = connect(&demo);
    let insights = Insights::new();
    let before = insights
        .counts(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap();

    demo.running.faults().set(FaultSettings {
        error_rate: 1.0,
        ..FaultSettings::default()
    });
    let failed = insights
        .counts(&session, &call_id(), tenant.generation, FRESH)
        .await
        .unwrap_err();
    assert!(
        matches!(
            failed,
            InsightsError::Api(ampeco::Error::Server { status: 503, .. })
        ),
        "{failed:?}"
    );
    let kept = insights
        .counts(
            &session,
            &call_id(),
            tenant.generation,
            Duration::from_secs(600),
        )
        .await
        .unwrap();
    assert_eq!(kept, before, "the last good numbers, with their time");
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_refreshes_of_one_widget_at_once_count_once() {
    let demo = Demo::start(42, 1).await;
    demo.running.faults().set(FaultSettings {
        latency_ms: 30,
        ..FaultSettings::default()
    });
    let (session, tenant) = connect(&demo);
    let insights = Insights::new();
    let (first_id, second_id) = (call_id(), call_id());
    let (one, two) = tokio::join!(
        insights.counts(&session, &first_id, tenant.generation, FRESH),
        insights.counts(&session, &second_id, tenant.generation, FRESH)
    );
    let (one, two) = (one.unwrap(), two.unwrap());
    assert_eq!(
        one.computed_at, two.computed_at,
        "the second refresh took the first one's result"
    );
    assert!(one.value.of(CountKind::Customers).unwrap() > 0);
    demo.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_to_the_same_tenant_keeps_its_numbers_but_refuses_the_old_connection() {
    let demo = Demo::start(42, 1).await;
    let (session, first) = connect(&demo);
    let insights = Insights::new();
    let counted = insights
        .counts(&session, &call_id(), first.generation, FRESH)
        .await
        .unwrap();

    let again = activate(&session, tenant_of(&demo, "test"));
    assert_ne!(again.generation, first.generation);
    let stale = insights
        .counts(&session, &call_id(), first.generation, FRESH)
        .await;
    assert_eq!(stale.unwrap_err(), InsightsError::TenantChanged);
    // Kept by tenant, not by connection: the cached answer comes back as it was.
    let cached = insights
        .counts(
            &session,
            &call_id(),
            again.generation,
            Duration::from_secs(600),
        )
        .await
        .unwrap();
    assert_eq!(cached.computed_at, counted.computed_at);
    demo.shutdown().await;
}
