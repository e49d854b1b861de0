//! "Load all" walked on the Rust side against the demo network.

use std::sync::{Arc, Mutex};

use ampeco::generated::operation;
use ampeco::{OperationRequest, PageRequest};
use serde_json::Value;
use session::{LoadAllRequest, LoadedBatch, Session, SessionError};

fn users(per_page: u32, start: Option<PageRequest>, max_records: u32) -> LoadAllRequest {
    let mut request = OperationRequest::default();
    request.query.per_page = Some(per_page);
    LoadAllRequest {
        op: operation("usersListing").unwrap(),
        request,
        start,
        max_records,
    }
}

fn ids(batches: &[LoadedBatch]) -> Vec<Value> {
    batches
        .iter()
        .flat_map(|batch| &batch.pages)
        .flat_map(|loaded| &loaded.page.records)
        .map(|record| record["id"].clone())
        .collect()
}

/// The users' first page, as the window holds it before Load all.
async fn first_page(session: &Session, per_page: u32) -> ampeco::Page {
    session
        .list_page(
            "first",
            operation("usersListing").unwrap(),
            users(per_page, None, 0).request,
        )
        .await
        .unwrap()
}

async fn connected() -> (Arc<Session>, u32) {
    let session = Arc::new(Session::new());
    session.start_demo().await.unwrap();
    let generation = session.active().unwrap().view.generation;
    (session, generation)
}

#[tokio::test]
async fn every_page_arrives_once_in_order_with_the_request_that_fetched_it() {
    let (session, generation) = connected().await;
    let mut batches = Vec::new();
    let end = session
        .on_tenant(generation)
        .load_all("all", users(100, None, 100_000), |batch| {
            batches.push(batch)
        })
        .await
        .unwrap();
    assert!(!end.limit_reached);
    let pages: Vec<_> = batches.iter().flat_map(|batch| &batch.pages).collect();
    assert_eq!(pages.len() as u32, end.pages);
    assert!(
        batches.len() <= pages.len(),
        "pages go to the window in batches"
    );
    assert!(
        pages.last().unwrap().page.next.is_none(),
        "to the last page"
    );
    for pair in pages.windows(2) {
        assert_eq!(
            pair[1].request, pair[0].page.next,
            "each page names the request that fetched it"
        );
    }

    // The same records, in the same order, as the window reading page by page.
    let mut expected = Vec::new();
    let mut request = users(100, None, 0).request;
    loop {
        let page = session
            .list_page("page", operation("usersListing").unwrap(), request.clone())
            .await
            .unwrap();
        expected.extend(page.records.iter().map(|record| record["id"].clone()));
        match page.next {
            Some(next) => next.apply(&mut request),
            None => break,
        }
    }
    assert_eq!(ids(&batches), expected);
    assert_eq!(end.records as usize, expected.len());
}

#[tokio::test]
async fn it_starts_after_the_pages_the_window_holds_and_stops_at_the_limit() {
    let (session, generation) = connected().await;
    let first = first_page(&session, 50).await;
    let start = first.next.clone().expect("a second page");
    let mut batches = Vec::new();
    let end = session
        .on_tenant(generation)
        .load_all("from-two", users(50, Some(start.clone()), 120), |batch| {
            batches.push(batch)
        })
        .await
        .unwrap();
    let pages: Vec<_> = batches.iter().flat_map(|batch| &batch.pages).collect();
    assert_eq!(pages[0].request, Some(start));
    assert_ne!(
        pages[0].page.records[0]["id"], first.records[0]["id"],
        "the window's own page is not fetched again"
    );
    assert_eq!((end.pages, end.records), (3, 150));
    assert!(end.limit_reached, "more pages were left");
}

#[tokio::test]
async fn a_cancelled_load_keeps_what_arrived_and_says_cancelled() {
    let (session, generation) = connected().await;
    let batches = Arc::new(Mutex::new(Vec::new()));
    let walk = {
        let (session, batches) = (session.clone(), batches.clone());
        tokio::spawn(async move {
            let mut request = OperationRequest::default();
            request.query.per_page = Some(1);
            let load = LoadAllRequest {
                op: operation("sessionsListing").unwrap(),
                request,
                start: None,
                max_records: 100_000,
            };
            session
                .on_tenant(generation)
                .load_all("slow", load, |batch| batches.lock().unwrap().push(batch))
                .await
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert!(session.cancel("slow"));
    let result = walk.await.unwrap();
    assert_eq!(
        result.unwrap_err(),
        SessionError::Api(ampeco::Error::Cancelled)
    );
    assert!(
        !ids(&batches.lock().unwrap()).is_empty(),
        "the pages that arrived before the cancel were handed over"
    );
}

#[tokio::test]
async fn a_load_meant_for_another_connection_is_refused() {
    let (session, generation) = connected().await;
    let result = session
        .on_tenant(generation + 1)
        .load_all("stale", users(100, None, 100), |_| {})
        .await;
    assert_eq!(result.unwrap_err(), SessionError::TenantChanged);
}

#[tokio::test]
async fn kept_records_stay_in_the_session_and_say_where_to_go_on() {
    let (session, generation) = connected().await;
    let first = first_page(&session, 20).await;
    let start = first.next.clone().expect("a second page");
    let mut batches = Vec::new();
    let end = session
        .on_tenant(generation)
        .load_all_kept("kept", "users-list", users(20, Some(start), 40), |batch| {
            batches.push(batch)
        })
        .await
        .unwrap();
    assert_eq!((end.pages, end.records), (2, 40));
    let last = batches.last().unwrap();
    assert_eq!(last.kept, 40);
    assert_eq!(batches.iter().map(|batch| batch.pages).sum::<u32>(), 2);
    let next = last.next.clone().expect("more pages are left");

    // Going on from there appends after what is kept.
    let mut more = Vec::new();
    session
        .on_tenant(generation)
        .load_all_kept("more", "users-list", users(20, Some(next), 20), |batch| {
            more.push(batch)
        })
        .await
        .unwrap();
    assert_eq!(more.last().unwrap().kept, 60);

    // The same records as page by page, after the window's own first page.
    let mut expected = Vec::new();
    let mut request = users(20, None, 0).request;
    for _ in 0..4 {
        let page = session
            .list_page("page", operation("usersListing").unwrap(), request.clone())
            .await
            .unwrap();
        expected.extend(page.records.iter().map(|record| record["id"].clone()));
        page.next.unwrap().apply(&mut request);
    }
    let kept: Vec<Value> = session
        .rows()
        .records("users-list", &(0..60).collect::<Vec<u32>>())
        .iter()
        .map(|record| record["id"].clone())
        .collect();
    assert_eq!(kept, expected[20..80]);
    let ids = session.rows().fields("users-list", &["id".to_owned()], 58);
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[1]["id"], expected[79]);

    session.rows().forget("users-list");
    assert_eq!(session.rows().count("users-list"), 0);
}
