//! The client's bounds against real HTTP servers on 127.0.0.1: the size cap of
//! an answer, the overall deadline of a read's retries, the wait for a
//! connection slot, and integers a JavaScript number cannot hold.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ampeco::{Client, Error, OperationRequest, RetryPolicy};
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use common::{config, serve, GET};

const MIB: usize = 1024 * 1024;

#[tokio::test]
async fn an_answer_above_the_cap_is_refused_by_its_content_length() {
    let router = Router::new().route(
        "/things",
        get(|| async {
            let body = format!("{{\"data\":\"{}\"}}", "x".repeat(2 * MIB));
            ([("content-type", "application/json")], body)
        }),
    );
    let mut config = config(serve(router).await);
    config.max_response_bytes = MIB as u64;
    let error = Client::new(config)
        .unwrap()
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    assert_eq!(error, Error::ResponseTooLarge { limit_mib: 1 });
    assert!(error.to_string().contains("larger than 1 MiB"));
}

#[tokio::test]
async fn an_answer_without_a_length_is_cut_off_while_reading() {
    let router = Router::new().route(
        "/things",
        get(|| async {
            // Streamed in pieces with no Content-Length, without end in practice.
            let chunks = futures_util::stream::iter(
                (0..10_000).map(|_| Ok::<_, std::io::Error>(Bytes::from(vec![b' '; 64 * 1024]))),
            );
            Body::from_stream(chunks).into_response()
        }),
    );
    let mut config = config(serve(router).await);
    config.max_response_bytes = MIB as u64;
    let error = Client::new(config)
        .unwrap()
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    assert_eq!(error, Error::ResponseTooLarge { limit_mib: 1 });
}

#[tokio::test]
async fn an_answer_under_the_cap_is_read_whole() {
    let router = Router::new().route(
        "/things",
        get(|| async {
            let body = format!("{{\"data\":\"{}\"}}", "x".repeat(MIB / 2));
            ([("content-type", "application/json")], body)
        }),
    );
    let mut config = config(serve(router).await);
    config.max_response_bytes = MIB as u64;
    let response = Client::new(config)
        .unwrap()
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap();
    assert_eq!(
        response.body.unwrap()["data"].as_str().unwrap().len(),
        MIB / 2
    );
}

#[tokio::test]
async fn retries_of_a_read_stop_at_the_overall_deadline() {
    let hits = Arc::new(AtomicUsize::new(0));
    let router = Router::new()
        .route(
            "/things",
            get(|State(hits): State<Arc<AtomicUsize>>| async move {
                hits.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(300)).await;
                StatusCode::SERVICE_UNAVAILABLE
            }),
        )
        .with_state(hits.clone());
    let mut config = config(serve(router).await);
    config.retry = RetryPolicy {
        max_attempts: 50,
        initial_backoff: Duration::from_millis(1),
        max_backoff: Duration::from_millis(2),
        deadline: Duration::from_millis(700),
        ..RetryPolicy::default()
    };
    let error = Client::new(config)
        .unwrap()
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Server { status: 503, .. }));
    let attempts = hits.load(Ordering::SeqCst);
    assert!(
        (2..=3).contains(&attempts),
        "each attempt takes 300 ms; a 700 ms deadline allows 3 at most, not {attempts}"
    );
}

#[tokio::test]
async fn waiting_too_long_for_a_connection_slot_is_a_clear_busy_error() {
    let router = Router::new().route(
        "/things",
        get(|| async {
            tokio::time::sleep(Duration::from_secs(2)).await;
            ([("content-type", "application/json")], "{}")
        }),
    );
    let mut config = config(serve(router).await);
    config.max_concurrent_requests = 1;
    config.slot_wait = Duration::from_millis(200);
    let client = Client::new(config).unwrap();
    let first = {
        let client = client.clone();
        tokio::spawn(async move { client.execute(&GET, OperationRequest::default()).await })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    let error = client
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    assert_eq!(error, Error::Busy { waited_secs: 0 });
    assert!(error.to_string().contains("free connection"));
    first.abort();
}

#[tokio::test]
async fn integers_beyond_two_to_the_53_keep_every_digit() {
    let router = Router::new().route(
        "/things",
        get(|| async {
            (
                [("content-type", "application/json")],
                r#"{"data":[{"id":9007199254740993,"amountMinor":-12345678901234567,"kwh":12.5,"n":7}]}"#,
            )
        }),
    );
    let response = Client::new(config(serve(router).await))
        .unwrap()
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap();
    // What the window receives is this JSON text; its parser reads numbers as doubles.
    let sent = serde_json::to_string(&response).unwrap();
    assert!(sent.contains(r#""id":"9007199254740993""#), "{sent}");
    assert!(
        sent.contains(r#""amountMinor":"-12345678901234567""#),
        "{sent}"
    );
    assert!(
        sent.contains(r#""kwh":12.5"#) && sent.contains(r#""n":7"#),
        "{sent}"
    );
}
