//! Walking listings over real HTTP on 127.0.0.1: cursor, page numbers,
//! `links.next` only, a bare array, a repeated cursor, and lazy fetching.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use ampeco::operation::{Operation, Pagination};
use ampeco::{Error, OperationRequest, Page};
use axum::extract::{Query, RawQuery, State};
use axum::routing::get;
use axum::{Json, Router};
use common::{client, serve, GET};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{json, Value};

const RECORDS: usize = 25;

/// Every raw query string the server received, in order.
#[derive(Clone, Default)]
struct Received(Arc<Mutex<Vec<String>>>);

impl Received {
    fn push(&self, query: Option<String>) {
        self.0.lock().unwrap().push(query.unwrap_or_default());
    }
    fn all(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

fn record(index: usize) -> Value {
    json!({"id": index, "name": format!("Charge point {index}")})
}

fn per_page(params: &HashMap<String, String>) -> usize {
    params
        .get("per_page")
        .and_then(|n| n.parse().ok())
        .unwrap_or(10)
}

/// Cursor pages: the cursor is `c{offset}`, the next link absolute, as the API sends it.
async fn cursor_listing(
    State(received): State<Received>,
    RawQuery(raw): RawQuery,
    Query(params): Query<HashMap<String, String>>,
) -> Json<Value> {
    received.push(raw);
    let start: usize = params
        .get("cursor")
        .and_then(|c| c.strip_prefix('c'))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let end = (start + per_page(&params)).min(RECORDS);
    let next = (end < RECORDS)
        .then(|| format!("https://elsewhere.example/things?cursor=c{end}&per_page=99"));
    Json(json!({
        "data": (start..end).map(record).collect::<Vec<_>>(),
        "links": {"first": null, "last": null, "prev": null, "next": next},
        "meta": {"path": "/things", "per_page": per_page(&params), "next_cursor": null, "prev_cursor": null}
    }))
}

/// Page-number pages with `meta.current_page`/`last_page` and no `links.next`.
async fn numbered_listing(
    State(received): State<Received>,
    RawQuery(raw): RawQuery,
    Query(params): Query<HashMap<String, String>>,
) -> Json<Value> {
    received.push(raw);
    let page: usize = params.get("page").and_then(|n| n.parse().ok()).unwrap_or(1);
    let size = per_page(&params);
    let last_page = RECORDS.div_ceil(size);
    let start = ((page - 1) * size).min(RECORDS);
    let end = (start + size).min(RECORDS);
    Json(json!({
        "data": (start..end).map(record).collect::<Vec<_>>(),
        "links": {"first": "?page=1", "last": format!("?page={last_page}"), "prev": null, "next": null},
        "meta": {"current_page": page, "last_page": last_page, "per_page": size, "total": RECORDS}
    }))
}

/// Only `links.next`, relative, and no meta at all.
async fn linked_listing(
    State(received): State<Received>,
    RawQuery(raw): RawQuery,
    Query(params): Query<HashMap<String, String>>,
) -> Json<Value> {
    received.push(raw);
    let page: usize = params.get("page").and_then(|n| n.parse().ok()).unwrap_or(1);
    let next = (page < 3).then(|| format!("/things?page={}", page + 1));
    Json(json!({"data": [record(page)], "links": {"next": next}}))
}

/// Hands out the same cursor forever.
async fn stuck_listing(State(received): State<Received>, RawQuery(raw): RawQuery) -> Json<Value> {
    received.push(raw);
    Json(json!({"data": [record(0)], "links": {"next": "/things?cursor=same"}}))
}

static CURSOR_OP: Operation = Operation {
    pagination: Pagination::Cursor,
    per_page: true,
    ..GET
};
static PAGE_OP: Operation = Operation {
    pagination: Pagination::Page,
    per_page: true,
    ..GET
};

async fn tenant(handler: axum::routing::MethodRouter<Received>) -> (ampeco::Client, Received) {
    let received = Received::default();
    let router = Router::new()
        .route("/things", handler)
        .with_state(received.clone());
    (client(serve(router).await), received)
}

fn per_page_request(size: u32) -> OperationRequest {
    let mut request = OperationRequest::default();
    request.query.per_page = Some(size);
    request
}

#[tokio::test]
async fn cursor_listings_start_empty_and_follow_links_next() {
    let (client, received) = tenant(get(cursor_listing)).await;
    let records: Vec<Value> = client
        .records(&CURSOR_OP, per_page_request(10))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(records, (0..RECORDS).map(record).collect::<Vec<_>>());
    // Our own per_page is kept; only the cursor comes from the link.
    assert_eq!(
        received.all(),
        [
            "cursor=&per_page=10",
            "cursor=c10&per_page=10",
            "cursor=c20&per_page=10"
        ]
    );
}

#[tokio::test]
async fn page_listings_count_up_to_the_last_page() {
    let (client, received) = tenant(get(numbered_listing)).await;
    let pages: Vec<Page> = client
        .pages(&PAGE_OP, per_page_request(10))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        pages.iter().map(|p| p.records.len()).collect::<Vec<_>>(),
        [10, 10, 5]
    );
    assert_eq!(pages[0].total, Some(RECORDS as u64));
    assert_eq!(pages[2].next, None);
    assert_eq!(
        received.all(),
        ["per_page=10", "page=2&per_page=10", "page=3&per_page=10"]
    );
}

#[tokio::test]
async fn links_next_alone_drives_the_walk() {
    let (client, received) = tenant(get(linked_listing)).await;
    let records: Vec<Value> = client
        .records(&PAGE_OP, OperationRequest::default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(records, [record(1), record(2), record(3)]);
    assert_eq!(received.all(), ["", "page=2", "page=3"]);
}

#[tokio::test]
async fn a_bare_array_is_one_page() {
    let received = Received::default();
    let router = Router::new()
        .route(
            "/things",
            get(
                |State(received): State<Received>, RawQuery(raw): RawQuery| async move {
                    received.push(raw);
                    Json(json!([record(1), record(2)]))
                },
            ),
        )
        .with_state(received.clone());
    let client = client(serve(router).await);
    let pages: Vec<Page> = client
        .pages(&GET, OperationRequest::default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].records, [record(1), record(2)]);
    assert_eq!(received.all().len(), 1);
}

#[tokio::test]
async fn a_repeated_cursor_stops_the_walk() {
    let (client, received) = tenant(get(stuck_listing)).await;
    let results: Vec<Result<Page, Error>> = client
        .pages(&CURSOR_OP, OperationRequest::default())
        .collect()
        .await;
    assert_eq!(results.len(), 2, "{results:?}");
    assert!(results[0].is_ok());
    assert!(
        matches!(&results[1], Err(Error::Protocol { message, .. }) if message.contains("already read"))
    );
    assert_eq!(received.all(), ["cursor=", "cursor=same"]);
}

#[tokio::test]
async fn pages_are_fetched_only_when_asked_for() {
    let (client, received) = tenant(get(cursor_listing)).await;
    let mut pages = Box::pin(client.pages(&CURSOR_OP, per_page_request(5)));
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.records.len(), 5);
    tokio::task::yield_now().await;
    assert_eq!(received.all().len(), 1);
    drop(pages);
}

#[tokio::test]
async fn an_error_ends_the_stream() {
    let router = Router::new().route(
        "/things",
        get(|| async { axum::http::StatusCode::NOT_FOUND }),
    );
    let client = client(serve(router).await);
    let results: Vec<_> = client
        .records(&CURSOR_OP, OperationRequest::default())
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert!(matches!(results[0], Err(Error::NotFound { .. })));
}
