//! A tiny tenant on 127.0.0.1 for the client's tests, and operation literals.

#![allow(dead_code)] // each test file uses a different part

use std::time::Duration;

use ampeco::operation::{Method, Operation, OperationKind, Pagination};
use ampeco::{Client, ClientConfig, RetryPolicy, SecretString, Url};
use axum::Router;

pub const TOKEN: &str = "test-token-5b1e9c";

/// A plain GET; tests override fields with `..GET`.
pub const GET: Operation = Operation {
    id: "thingsListing",
    title: "Things / Listing",
    kind: OperationKind::List,
    method: Method::Get,
    path: "/things",
    path_params: &[],
    query: &[],
    filters: &[],
    includes: &[],
    pagination: Pagination::None,
    per_page: false,
    body_schema: None,
    body_required: false,
    success: &[200],
    deprecated: false,
    replaced_by: None,
};

pub const POST: Operation = Operation {
    id: "thingCreate",
    kind: OperationKind::Create,
    method: Method::Post,
    body_schema: Some("thingCreate"),
    success: &[201],
    ..GET
};

/// Serves `router` on a free loopback port; the server lives as long as the test runtime.
pub async fn serve(router: Router) -> Url {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    Url::parse(&format!("http://{address}")).unwrap()
}

/// Fast retries and short timeouts, so failing paths finish quickly.
pub fn config(base_url: Url) -> ClientConfig {
    let mut config = ClientConfig::new(base_url, SecretString::from(TOKEN));
    config.request_timeout = Duration::from_secs(5);
    config.retry = RetryPolicy {
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(40),
        ..RetryPolicy::default()
    };
    config
}

pub fn client(base_url: Url) -> Client {
    Client::new(config(base_url)).unwrap()
}
