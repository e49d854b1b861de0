//! The executor against real HTTP servers on 127.0.0.1: status mapping,
//! retries, timeouts, the concurrency limit, read-only profiles, cancellation
//! and keeping the token out of every message.

mod common;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ampeco::operation::{Operation, PathParam, QueryField, ValueType};
use ampeco::validate::RequestSchemas;
use ampeco::{ApiResponse, CancellationToken, Client, Error, OperationRequest, RetryPolicy};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use common::{client, config, serve, GET, POST, TOKEN};
use serde_json::{json, Value};

/// Counts requests that reached the handler.
#[derive(Clone, Default)]
struct Hits(Arc<AtomicUsize>);

impl Hits {
    fn add(&self) -> usize {
        self.0.fetch_add(1, Ordering::SeqCst) + 1
    }
    fn count(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

fn json_response(status: u16, body: &str) -> Response {
    (
        StatusCode::from_u16(status).unwrap(),
        [("content-type", "application/json")],
        body.to_owned(),
    )
        .into_response()
}

static STATUS: Operation = Operation {
    id: "statusRead",
    path: "/status/{code}",
    path_params: &[PathParam {
        name: "code",
        value_type: ValueType::Integer,
        enum_values: &[],
    }],
    ..GET
};

/// Answers `/status/{code}` the way a tenant does for that status.
async fn canned_status(Path(code): Path<u16>, headers: HeaderMap) -> Response {
    let bearer = format!("Bearer {TOKEN}");
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(bearer.as_str()) {
        return json_response(401, r#"{"message":"Unauthenticated."}"#);
    }
    match code {
        200 => json_response(
            200,
            r#"{"data":{"id":1,"unknownField":"kept","power":"22"}}"#,
        ),
        202 => StatusCode::ACCEPTED.into_response(),
        204 => StatusCode::NO_CONTENT.into_response(),
        299 => (StatusCode::OK, "<html>not json</html>").into_response(),
        403 => json_response(403, r#"{"message":"This action is unauthorized."}"#),
        404 => json_response(404, r#"{"message":"No query results."}"#),
        422 => json_response(
            422,
            r#"{"message":"The name field is required.","errors":{"name":["The name field is required."],"address.city":["Too long."]}}"#,
        ),
        429 => (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "120")],
            r#"{"message":"Too Many Attempts."}"#,
        )
            .into_response(),
        500 => json_response(500, r#"{"message":"Server Error"#),
        503 => (StatusCode::SERVICE_UNAVAILABLE, "<html>maintenance</html>").into_response(),
        other => StatusCode::from_u16(other).unwrap().into_response(),
    }
}

async fn status_of(client: &Client, code: u16) -> Result<ApiResponse, Error> {
    client
        .execute(
            &STATUS,
            OperationRequest::with_path([("code", json!(code))]),
        )
        .await
}

#[tokio::test]
async fn answers_map_to_responses_and_errors() {
    let base = serve(Router::new().route("/status/{code}", get(canned_status))).await;
    let mut config = config(base);
    config.retry = RetryPolicy::never();
    let client = Client::new(config).unwrap();

    let ok = status_of(&client, 200).await.unwrap();
    assert_eq!(ok.status, 200);
    assert_eq!(
        ok.body,
        Some(json!({"data": {"id": 1, "unknownField": "kept", "power": "22"}}))
    );
    assert_eq!(
        status_of(&client, 202).await.unwrap(),
        ApiResponse {
            status: 202,
            body: None
        }
    );
    assert_eq!(
        status_of(&client, 204).await.unwrap(),
        ApiResponse {
            status: 204,
            body: None
        }
    );

    let expected = [
        (
            299,
            Error::Protocol {
                status: 200,
                message: "the answer is not JSON".into(),
                raw_body: "<html>not json</html>".into(),
            },
        ),
        (
            403,
            Error::Forbidden {
                message: "This action is unauthorized.".into(),
            },
        ),
        (
            404,
            Error::NotFound {
                message: "No query results.".into(),
            },
        ),
        (
            422,
            Error::Validation {
                message: "The name field is required.".into(),
                errors: BTreeMap::from([
                    ("address.city".to_owned(), vec!["Too long.".to_owned()]),
                    (
                        "name".to_owned(),
                        vec!["The name field is required.".to_owned()],
                    ),
                ]),
            },
        ),
        (
            429,
            Error::RateLimited {
                retry_after_secs: Some(120),
                message: "Too Many Attempts.".into(),
            },
        ),
        // A truncated JSON body: the status speaks instead.
        (
            500,
            Error::Server {
                status: 500,
                message: "HTTP 500 Internal Server Error".into(),
            },
        ),
        (
            503,
            Error::Server {
                status: 503,
                message: "HTTP 503 Service Unavailable".into(),
            },
        ),
    ];
    for (code, error) in expected {
        assert_eq!(status_of(&client, code).await.unwrap_err(), error, "{code}");
    }

    let mut wrong = config_for(&client);
    wrong.token = "not-the-token".into();
    let wrong = Client::new(wrong).unwrap();
    assert_eq!(
        status_of(&wrong, 200).await.unwrap_err(),
        Error::Unauthorized {
            message: "Unauthenticated.".into()
        }
    );
}

fn config_for(client: &Client) -> ampeco::ClientConfig {
    config(client.base_url().clone())
}

#[tokio::test]
async fn a_get_is_retried_on_503_until_it_succeeds() {
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/things",
            get(|State(hits): State<Hits>| async move {
                if hits.add() < 3 {
                    (StatusCode::SERVICE_UNAVAILABLE, "busy").into_response()
                } else {
                    json_response(200, r#"{"data":[]}"#)
                }
            }),
        )
        .with_state(hits.clone());
    let client = client(serve(router).await);
    let response = client
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(hits.count(), 3);
}

#[tokio::test]
async fn a_get_gives_up_after_the_attempt_limit() {
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/things",
            get(|State(hits): State<Hits>| async move {
                hits.add();
                StatusCode::BAD_GATEWAY
            }),
        )
        .with_state(hits.clone());
    let client = client(serve(router).await);
    let error = client
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Server { status: 502, .. }),
        "{error:?}"
    );
    assert_eq!(hits.count(), 4);
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/things",
            get(|State(hits): State<Hits>| async move {
                if hits.add() == 1 {
                    (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "1")], "{}").into_response()
                } else {
                    json_response(200, "[]")
                }
            }),
        )
        .with_state(hits.clone());
    let client = client(serve(router).await);
    let started = Instant::now();
    client
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(hits.count(), 2);
    assert!(
        elapsed >= Duration::from_millis(950),
        "waited only {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(3), "waited {elapsed:?}");
}

static POST_NO_SCHEMA: Operation = Operation {
    body_schema: None,
    ..POST
};

#[tokio::test]
async fn a_post_is_never_resent_after_503() {
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/things",
            any(|State(hits): State<Hits>| async move {
                hits.add();
                StatusCode::SERVICE_UNAVAILABLE
            }),
        )
        .with_state(hits.clone());
    let client = client(serve(router).await);
    let error = client
        .execute(&POST_NO_SCHEMA, OperationRequest::default())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Server { status: 503, .. }));
    assert_eq!(hits.count(), 1);
}

/// A handler that takes longer than the client waits. The client timeouts in
/// these tests leave a loaded machine ample time to deliver the request first.
async fn slow(State(hits): State<Hits>) -> StatusCode {
    hits.add();
    tokio::time::sleep(Duration::from_secs(2)).await;
    StatusCode::OK
}

#[tokio::test]
async fn a_post_that_times_out_is_not_resent() {
    let hits = Hits::default();
    let router = Router::new()
        .route("/things", any(slow))
        .with_state(hits.clone());
    let mut config = config(serve(router).await);
    config.request_timeout = Duration::from_millis(400);
    let client = Client::new(config).unwrap();
    let error = client
        .execute(&POST_NO_SCHEMA, OperationRequest::default())
        .await
        .unwrap_err();
    assert_eq!(error, Error::Timeout);
    // Give a resent request time to arrive before counting.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(hits.count(), 1);
}

#[tokio::test]
async fn a_get_that_times_out_is_retried() {
    let hits = Hits::default();
    let router = Router::new()
        .route("/things", any(slow))
        .with_state(hits.clone());
    let mut config = config(serve(router).await);
    config.request_timeout = Duration::from_millis(300);
    config.retry.max_attempts = 3;
    let client = Client::new(config).unwrap();
    let error = client
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    assert_eq!(error, Error::Timeout);
    assert_eq!(hits.count(), 3);
}

#[tokio::test]
async fn a_post_is_resent_after_429() {
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/things",
            any(|State(hits): State<Hits>, body: String| async move {
                if hits.add() == 1 {
                    (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "0")], "{}").into_response()
                } else {
                    json_response(201, &body)
                }
            }),
        )
        .with_state(hits.clone());
    let client = client(serve(router).await).with_request_schemas(test_schemas());
    let request = OperationRequest {
        body: Some(json!({"name": "Depot"})),
        ..OperationRequest::default()
    };
    let response = client.execute(&POST, request).await.unwrap();
    assert_eq!(
        response,
        ApiResponse {
            status: 201,
            body: Some(json!({"name": "Depot"}))
        }
    );
    assert_eq!(hits.count(), 2);
}

/// Accepts connections and closes them at once, counting them.
async fn dropping_server() -> (ampeco::Url, Hits) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let hits = Hits::default();
    let counter = hits.clone();
    tokio::spawn(async move {
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            counter.add();
            drop(socket);
        }
    });
    (
        ampeco::Url::parse(&format!("http://{address}")).unwrap(),
        hits,
    )
}

#[tokio::test]
async fn network_errors_retry_reads_but_not_writes() {
    let (base, hits) = dropping_server().await;
    let client = client(base);
    let error = client
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Network { .. }), "{error:?}");
    assert_eq!(hits.count(), 4);

    let error = client
        .execute(&POST_NO_SCHEMA, OperationRequest::default())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Network { .. }), "{error:?}");
    assert_eq!(hits.count(), 5);
}

#[tokio::test]
async fn an_unreachable_tenant_is_a_network_error_in_plain_words() {
    // Bind then drop to get a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut config = config(ampeco::Url::parse(&format!("http://127.0.0.1:{port}")).unwrap());
    config.retry = RetryPolicy::never();
    let error = Client::new(config)
        .unwrap()
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap_err();
    let Error::Network { message } = &error else {
        panic!("{error:?}")
    };
    assert!(message.to_lowercase().contains("connect"), "{message}");
    assert!(error.to_string().starts_with("Could not reach the tenant"));
}

#[derive(Clone, Default)]
struct InFlight {
    now: Arc<AtomicUsize>,
    most: Arc<AtomicUsize>,
}

#[tokio::test]
async fn no_more_than_the_limit_are_in_flight() {
    let in_flight = InFlight::default();
    let router = Router::new()
        .route(
            "/things",
            get(|State(state): State<InFlight>| async move {
                let now = state.now.fetch_add(1, Ordering::SeqCst) + 1;
                state.most.fetch_max(now, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(80)).await;
                state.now.fetch_sub(1, Ordering::SeqCst);
                json_response(200, "[]")
            }),
        )
        .with_state(in_flight.clone());
    let mut config = config(serve(router).await);
    config.max_concurrent_requests = 3;
    let client = Client::new(config).unwrap();
    let calls = (0..12).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.execute(&GET, OperationRequest::default()).await })
    });
    for call in calls.collect::<Vec<_>>() {
        call.await.unwrap().unwrap();
    }
    assert_eq!(in_flight.most.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_read_only_client_sends_no_writes() {
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/things",
            any(|State(hits): State<Hits>| async move {
                hits.add();
                json_response(200, "[]")
            }),
        )
        .with_state(hits.clone());
    let mut config = config(serve(router).await);
    config.read_only = true;
    let client = Client::new(config).unwrap();
    for method in [
        ampeco::operation::Method::Post,
        ampeco::operation::Method::Put,
        ampeco::operation::Method::Patch,
        ampeco::operation::Method::Delete,
    ] {
        let op: &'static Operation = Box::leak(Box::new(Operation {
            method,
            ..POST_NO_SCHEMA
        }));
        let error = client
            .execute(op, OperationRequest::default())
            .await
            .unwrap_err();
        assert_eq!(error, Error::ReadOnlyProfile);
    }
    assert_eq!(hits.count(), 0);
    client
        .execute(&GET, OperationRequest::default())
        .await
        .unwrap();
    assert_eq!(hits.count(), 1);
}

#[tokio::test]
async fn cancelling_ends_the_call_at_once() {
    let hits = Hits::default();
    let router = Router::new()
        .route("/things", any(slow))
        .with_state(hits.clone());
    let client = client(serve(router).await);
    let cancel = CancellationToken::new();
    let trigger = cancel.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        trigger.cancel();
    });
    let started = Instant::now();
    let result = client
        .execute_cancellable(&GET, OperationRequest::default(), &cancel)
        .await;
    assert_eq!(result.unwrap_err(), Error::Cancelled);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn a_cancelled_call_frees_its_slot() {
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/things",
            get(|State(hits): State<Hits>| async move {
                if hits.add() == 1 {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                }
                json_response(200, "[]")
            }),
        )
        .with_state(hits.clone());
    let mut config = config(serve(router).await);
    config.max_concurrent_requests = 1;
    let client = Client::new(config).unwrap();
    let cancel = CancellationToken::new();
    let slow = {
        let client = client.clone();
        let cancel = cancel.clone();
        tokio::spawn(async move {
            client
                .execute_cancellable(&GET, OperationRequest::default(), &cancel)
                .await
        })
    };
    while hits.count() == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    cancel.cancel();
    assert_eq!(slow.await.unwrap().unwrap_err(), Error::Cancelled);
    let next = tokio::time::timeout(
        Duration::from_secs(1),
        client.execute(&GET, OperationRequest::default()),
    )
    .await;
    assert!(
        matches!(next, Ok(Ok(_))),
        "the only slot stayed taken: {next:?}"
    );
}

static SCHEMAS: &str = r#"{
  "$comment": "test schemas",
  "thingCreate": {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "address": {"type": "object", "properties": {"city": {"type": "string"}}}}
  }
}"#;

fn test_schemas() -> Arc<RequestSchemas> {
    Arc::new(RequestSchemas::from_json(SCHEMAS).unwrap())
}

#[tokio::test]
async fn an_invalid_body_is_refused_before_sending() {
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/things",
            any(|State(hits): State<Hits>| async move {
                hits.add();
                json_response(201, "{}")
            }),
        )
        .with_state(hits.clone());
    let client = client(serve(router).await).with_request_schemas(test_schemas());
    let request = OperationRequest {
        body: Some(json!({"address": {"city": 1}})),
        ..OperationRequest::default()
    };
    let error = client.execute(&POST, request).await.unwrap_err();
    let Error::Validation { errors, .. } = error else {
        panic!("{error:?}")
    };
    assert_eq!(errors.keys().collect::<Vec<_>>(), ["address.city", "name"]);
    assert_eq!(hits.count(), 0);

    let valid = OperationRequest {
        body: Some(json!({"name": "Depot"})),
        ..OperationRequest::default()
    };
    assert_eq!(client.execute(&POST, valid).await.unwrap().status, 201);
    assert_eq!(hits.count(), 1);
}

static FILTERED: Operation = Operation {
    filters: &[
        QueryField {
            name: "name",
            value_type: ValueType::String,
            format: None,
            enum_values: &[],
            is_array: false,
            required: false,
        },
        QueryField {
            name: "ids",
            value_type: ValueType::Integer,
            format: None,
            enum_values: &[],
            is_array: true,
            required: false,
        },
    ],
    includes: &["evses"],
    ..GET
};

#[tokio::test]
async fn the_query_arrives_as_encoded() {
    let router = Router::new().route(
        "/things",
        get(|RawQuery(query): RawQuery| async move {
            json_response(200, &Value::from(query).to_string())
        }),
    );
    let client = client(serve(router).await);
    let request: OperationRequest = serde_json::from_value(json!({
        "query": {"filter": {"name": "A&B [x]", "ids": [1, 2]}, "include": ["evses"], "cursor": ""}
    }))
    .unwrap();
    let response = client.execute(&FILTERED, request).await.unwrap();
    assert_eq!(
        response.body,
        Some(json!(
            "filter%5Bids%5D%5B0%5D=1&filter%5Bids%5D%5B1%5D=2&filter%5Bname%5D=A%26B%20%5Bx%5D&include%5B0%5D=evses&cursor="
        ))
    );
}

#[tokio::test]
async fn the_token_appears_in_no_message() {
    let base = serve(Router::new().route("/status/{code}", get(canned_status))).await;
    let mut config = config(base.clone());
    config.retry = RetryPolicy::never();
    let client = Client::new(config.clone()).unwrap();
    let mut texts = vec![format!("{config:?}"), format!("{client:?}")];
    for code in [299, 401, 403, 404, 422, 429, 500, 503] {
        let error = status_of(&client, code).await.unwrap_err();
        texts.push(error.to_string());
        texts.push(format!("{error:?}"));
        texts.push(serde_json::to_string(&error).unwrap());
    }
    let (dropping, _) = dropping_server().await;
    let error = Client::new(ampeco::ClientConfig {
        base_url: dropping,
        ..config
    })
    .unwrap()
    .execute(&GET, OperationRequest::default())
    .await
    .unwrap_err();
    texts.push(error.to_string());
    texts.push(format!("{error:?}"));
    for text in texts {
        assert!(!text.contains(TOKEN), "token leaked in: {text}");
    }
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let config = ampeco::ClientConfig::new(
        ampeco::Url::parse("http://acme.charge.example").unwrap(),
        TOKEN.into(),
    );
    assert!(matches!(
        Client::new(config),
        Err(Error::InsecureUrl { .. })
    ));
}

#[tokio::test]
async fn generated_operations_are_checked_against_their_generated_schema() {
    let op = ampeco::generated::operation("chargePointChangeAvailability").unwrap();
    let hits = Hits::default();
    let router = Router::new()
        .route(
            "/public-api/actions/charge-point/v1.0/{chargePoint}/change-availability",
            any(|State(hits): State<Hits>| async move {
                hits.add();
                StatusCode::ACCEPTED
            }),
        )
        .with_state(hits.clone());
    let client = client(serve(router).await);
    let request = |body: Value| OperationRequest {
        body: Some(body),
        ..OperationRequest::with_path([("chargePoint", json!(12))])
    };

    let error = client
        .execute(op, request(json!({"type": "Off"})))
        .await
        .unwrap_err();
    let Error::Validation { errors, .. } = error else {
        panic!("{error:?}")
    };
    assert_eq!(errors["type"], ["Must be one of: Inoperative, Operative."]);
    let error = client.execute(op, request(json!({}))).await.unwrap_err();
    assert!(
        matches!(&error, Error::Validation { errors, .. } if errors["type"] == ["This field is required."])
    );
    assert_eq!(hits.count(), 0);

    let accepted = client
        .execute(op, request(json!({"type": "Operative"})))
        .await
        .unwrap();
    assert_eq!(
        accepted,
        ApiResponse {
            status: 202,
            body: None
        }
    );
    assert_eq!(hits.count(), 1);
}
