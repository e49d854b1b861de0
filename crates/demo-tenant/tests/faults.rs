//! Each failure mode, switched on through the library handle or the control
//! endpoint, seen from the client over real loopback HTTP.

mod common;

use std::time::{Duration, Instant};

use ampeco::{Error, OperationRequest};
use common::{client, op, start, start_with, TOKEN};
use demo_tenant::{DemoConfig, FaultSettings};
use serde_json::json;

fn small_listing() -> OperationRequest {
    let mut request = OperationRequest::default();
    request.query.per_page = Some(1);
    request
}

#[tokio::test]
async fn latency_is_added() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    api.execute(op("currenciesListing"), OperationRequest::default())
        .await
        .unwrap();
    demo.faults().set(FaultSettings {
        latency_ms: 300,
        ..FaultSettings::default()
    });
    let began = Instant::now();
    api.execute(op("currenciesListing"), OperationRequest::default())
        .await
        .unwrap();
    let took = began.elapsed();
    println!("answer with 300 ms latency took {} ms", took.as_millis());
    assert!(took >= Duration::from_millis(300));
}

#[tokio::test]
async fn a_share_of_requests_get_503() {
    let demo = start().await;
    demo.faults().set(FaultSettings {
        error_rate: 0.5,
        ..FaultSettings::default()
    });
    let api = client(&demo, TOKEN);
    let mut unavailable = 0;
    for _ in 0..60 {
        match api.execute(op("usersListing"), small_listing()).await {
            Ok(_) => {}
            Err(Error::Server { status: 503, .. }) => unavailable += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    println!("503 answers at error rate 0.5: {unavailable} of 60");
    assert!((10..=50).contains(&unavailable), "{unavailable}");
}

#[tokio::test]
async fn dropped_connection_is_a_network_error() {
    let demo = start_with(DemoConfig {
        token: TOKEN.to_owned(),
        faults: FaultSettings {
            drop_rate: 1.0,
            ..FaultSettings::default()
        },
        ..DemoConfig::default()
    })
    .await;
    let result = client(&demo, TOKEN)
        .execute(op("usersListing"), small_listing())
        .await;
    assert!(matches!(result, Err(Error::Network { .. })), "{result:?}");
}

#[tokio::test]
async fn rate_limit_answers_429_with_retry_after() {
    let demo = start().await;
    // Switched through the control endpoint, as a benchmark script would.
    let set = reqwest::Client::new()
        .post(format!("{}/__demo/faults", demo.url()))
        .bearer_auth(TOKEN)
        .json(&json!({"rateLimit": 5}))
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 200);
    assert_eq!(demo.faults().get().rate_limit, Some(5));
    let api = client(&demo, TOKEN);
    let mut limited = None;
    for _ in 0..20 {
        if let Err(error) = api
            .execute(op("currenciesListing"), OperationRequest::default())
            .await
        {
            limited = Some(error);
            break;
        }
    }
    match limited {
        Some(Error::RateLimited {
            retry_after_secs, ..
        }) => assert_eq!(retry_after_secs, Some(1)),
        other => panic!("expected 429, got {other:?}"),
    }
    let raw = reqwest::Client::new()
        .get(format!(
            "{}/public-api/resources/currencies/v2.0",
            demo.url()
        ))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    if raw.status() == 429 {
        assert_eq!(raw.headers()["retry-after"], "1");
    }
}

#[tokio::test]
async fn control_endpoint_needs_the_token() {
    let demo = start().await;
    let denied = reqwest::Client::new()
        .post(format!("{}/__demo/faults", demo.url()))
        .json(&json!({"latencyMs": 5}))
        .send()
        .await
        .unwrap();
    assert_eq!(denied.status(), 401);
    assert_eq!(demo.faults().get(), FaultSettings::default());
}

#[tokio::test]
async fn shutdown_closes_the_port() {
    let demo = start().await;
    let url = demo.url().to_owned();
    demo.shutdown().await;
    let after = reqwest::Client::new()
        .get(format!("{url}/public-api/resources/currencies/v2.0"))
        .timeout(Duration::from_secs(2))
        .send()
        .await;
    assert!(after.is_err());
}

#[tokio::test]
async fn drift_rewrites_answers_over_http_and_keeps_ids() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let plain = api
        .execute(op("chargePointsListing"), small_listing())
        .await
        .unwrap();
    let id = plain.body.as_ref().unwrap()["data"][0]["id"].clone();
    demo.faults().set(FaultSettings {
        drift_rate: 1.0,
        ..FaultSettings::default()
    });
    let drifted = api
        .execute(op("chargePointsListing"), small_listing())
        .await
        .unwrap();
    let record = &drifted.body.as_ref().unwrap()["data"][0];
    assert_eq!(record["id"], id, "the record keeps its id");
    assert!(record.get("driftAddedField").is_some(), "{record}");
}
