//! The session against a real HTTP server on loopback.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ampeco::generated::operation;
use ampeco::{Client, ClientConfig, OperationRequest, SecretString, Url};
use axum::extract::{RawQuery, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use session::{ActiveTenant, Session, SessionError, TenantView};

#[derive(Clone, Default)]
struct Seen {
    posts: Arc<AtomicUsize>,
    queries: Arc<std::sync::Mutex<Vec<String>>>,
}

async fn serve(seen: Seen) -> Url {
    let app = Router::new()
        .route(
            "/public-api/resources/users/v1.0",
            get(|State(seen): State<Seen>, RawQuery(query): RawQuery| async move {
                seen.queries.lock().unwrap().push(query.unwrap_or_default());
                Json(json!({"data": [{"id": 1, "email": "a@example.com"}], "links": {"next": null}, "meta": {}}))
            }),
        )
        .route(
            "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}",
            post(|State(seen): State<Seen>| async move {
                seen.posts.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(300)).await;
                axum::http::StatusCode::ACCEPTED
            }),
        )
        .with_state(seen);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Url::parse(&format!("http://{address}")).unwrap()
}

fn connect(session: &Session, url: Url) {
    let client = Client::new(ClientConfig::new(url, SecretString::from("t0ken"))).unwrap();
    session.activate(ActiveTenant {
        view: TenantView {
            profile_id: None,
            name: "Loopback".into(),
            tenant_url: "http://127.0.0.1".into(),
            color: "blue".into(),
            read_only: false,
            demo: false,
            // Set by `Session::activate`.
            generation: 0,
        },
        client,
    });
}

fn op_with(method_path: impl Fn(&ampeco::Operation) -> bool) -> &'static ampeco::Operation {
    ampeco::generated::OPERATIONS
        .iter()
        .find(|op| method_path(op))
        .expect("operation exists in the table")
}

#[tokio::test]
async fn calls_need_a_connected_tenant() {
    let session = Session::new();
    let op = operation("usersListing").unwrap();
    let result = session
        .list_page("r1", op, OperationRequest::default())
        .await;
    assert_eq!(result.unwrap_err(), SessionError::NotConnected);
}

#[tokio::test]
async fn a_cursor_listing_starts_with_an_empty_cursor() {
    let seen = Seen::default();
    let session = Session::new();
    connect(&session, serve(seen.clone()).await);
    let op = operation("usersListing").unwrap();
    let page = session
        .list_page("r1", op, OperationRequest::default())
        .await
        .unwrap();
    assert_eq!(page.records.len(), 1);
    let queries = seen.queries.lock().unwrap().clone();
    assert_eq!(op.pagination, ampeco::operation::Pagination::Cursor);
    assert_eq!(queries, vec!["cursor=".to_string()]);
}

#[tokio::test]
async fn a_repeated_request_id_is_refused_while_the_first_runs() {
    let seen = Seen::default();
    let session = Arc::new(Session::new());
    connect(&session, serve(seen.clone()).await);
    let op =
        op_with(|op| op.path == "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}");
    let request = OperationRequest {
        path: [
            ("chargePoint".to_string(), json!(7)),
            ("type".to_string(), json!("soft")),
        ]
        .into(),
        ..OperationRequest::default()
    };
    let first = {
        let session = session.clone();
        let request = request.clone();
        tokio::spawn(async move { session.call("reset-7", op, request).await })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    let second = session.call("reset-7", op, request).await;
    assert_eq!(second.unwrap_err(), SessionError::AlreadyInFlight);
    assert_eq!(first.await.unwrap().unwrap().status, 202);
    assert_eq!(seen.posts.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn cancelling_a_call_ends_it_with_cancelled() {
    let seen = Seen::default();
    let session = Arc::new(Session::new());
    connect(&session, serve(seen).await);
    let op =
        op_with(|op| op.path == "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}");
    let request = OperationRequest {
        path: [
            ("chargePoint".to_string(), json!(7)),
            ("type".to_string(), json!("soft")),
        ]
        .into(),
        ..OperationRequest::default()
    };
    let call = {
        let session = session.clone();
        tokio::spawn(async move { session.call("reset-7", op, request).await })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(session.cancel("reset-7"));
    let result: Result<_, SessionError> = call.await.unwrap();
    assert_eq!(
        result.unwrap_err(),
        SessionError::Api(ampeco::Error::Cancelled)
    );
}

#[tokio::test]
async fn cancelling_a_read_run_under_an_id_drops_it_where_it_waits() {
    let session = Arc::new(Session::new());
    let dropped = Arc::new(AtomicUsize::new(0));
    struct CountsDrop(Arc<AtomicUsize>);
    impl Drop for CountsDrop {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
    let walk = {
        let (session, dropped) = (session.clone(), dropped.clone());
        tokio::spawn(async move {
            session
                .run_cancellable("home-energy", async move {
                    let _held = CountsDrop(dropped);
                    std::future::pending::<u32>().await
                })
                .await
        })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(session.cancel("home-energy"));
    let result = tokio::time::timeout(Duration::from_secs(5), walk).await;
    assert_eq!(
        result.unwrap().unwrap().unwrap_err(),
        SessionError::Api(ampeco::Error::Cancelled)
    );
    assert_eq!(dropped.load(Ordering::SeqCst), 1, "the work was dropped");
    // The id is free again, and work that is not cancelled gives its answer.
    let answer = session.run_cancellable("home-energy", async { 42 }).await;
    assert_eq!(answer, Ok(42));
}

#[tokio::test]
async fn changes_are_logged_and_reads_are_not() {
    let seen = Seen::default();
    let session = Session::new().with_activity_log(session::ActivityLog::in_memory().unwrap());
    connect(&session, serve(seen).await);
    let listing = operation("usersListing").unwrap();
    session
        .list_page("list", listing, OperationRequest::default())
        .await
        .unwrap();
    let reset =
        op_with(|op| op.path == "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}");
    let request = OperationRequest::with_path([("chargePoint", json!(7)), ("type", json!("soft"))]);
    session.call("reset", reset, request).await.unwrap();

    let entries = session
        .activity(session::ActivityQuery::default())
        .await
        .unwrap();
    assert_eq!(entries.len(), 1, "only the change is logged");
    let entry = &entries[0];
    assert_eq!(entry.operation_id, reset.id);
    assert_eq!(
        entry.path,
        "/public-api/actions/charge-point/v1.0/7/reset/soft"
    );
    assert_eq!(entry.outcome, session::Outcome::Accepted);
    assert_eq!(entry.status, Some(202));
    assert_eq!(entry.tenant_name, "Loopback");
}

fn reset_request() -> (&'static ampeco::Operation, OperationRequest) {
    let reset =
        op_with(|op| op.path == "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}");
    let request = OperationRequest::with_path([("chargePoint", json!(7)), ("type", json!("soft"))]);
    (reset, request)
}

#[tokio::test]
async fn a_change_is_on_record_as_sent_before_its_answer_arrives() {
    let session =
        Arc::new(Session::new().with_activity_log(session::ActivityLog::in_memory().unwrap()));
    connect(&session, serve(Seen::default()).await);
    let (reset, request) = reset_request();
    let call = {
        let session = session.clone();
        tokio::spawn(async move { session.call("reset", reset, request).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let entries = session
        .activity(session::ActivityQuery::default())
        .await
        .unwrap();
    assert_eq!(entries.len(), 1, "recorded before the answer");
    assert_eq!(entries[0].outcome, session::Outcome::Sent);
    call.await.unwrap().unwrap();
    let entries = session
        .activity(session::ActivityQuery::default())
        .await
        .unwrap();
    assert_eq!(entries[0].outcome, session::Outcome::Accepted);
}

#[tokio::test]
async fn a_tenant_switch_lets_a_running_change_finish_and_logs_its_outcome() {
    let seen = Seen::default();
    let session =
        Arc::new(Session::new().with_activity_log(session::ActivityLog::in_memory().unwrap()));
    connect(&session, serve(seen.clone()).await);
    let (reset, request) = reset_request();
    let call = {
        let session = session.clone();
        tokio::spawn(async move { session.call("reset", reset, request).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    connect(&session, serve(Seen::default()).await);
    let result = call.await.unwrap();
    assert_eq!(result.unwrap().status, 202, "the change was not cancelled");
    let entries = session
        .activity(session::ActivityQuery::default())
        .await
        .unwrap();
    assert_eq!(entries[0].outcome, session::Outcome::Accepted);
    assert_eq!(seen.posts.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_change_cancelled_on_its_way_is_logged_as_unknown_not_failed() {
    let session =
        Arc::new(Session::new().with_activity_log(session::ActivityLog::in_memory().unwrap()));
    connect(&session, serve(Seen::default()).await);
    let (reset, request) = reset_request();
    let call = {
        let session = session.clone();
        tokio::spawn(async move { session.call("reset", reset, request).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(session.cancel("reset"));
    call.await.unwrap().unwrap_err();
    let entry = session
        .activity(session::ActivityQuery::default())
        .await
        .unwrap()
        .remove(0);
    assert_eq!(entry.outcome, session::Outcome::Unknown);
    assert_eq!(entry.error.as_deref(), Some("unknown — check the record"));
}

#[tokio::test]
async fn a_change_sent_once_is_refused_when_its_request_id_comes_again() {
    let seen = Seen::default();
    let session = Session::new();
    connect(&session, serve(seen.clone()).await);
    let (reset, request) = reset_request();
    session
        .call("reset-dialog-1", reset, request.clone())
        .await
        .unwrap();
    let again = session.call("reset-dialog-1", reset, request.clone()).await;
    assert_eq!(again.unwrap_err(), SessionError::AlreadySent);
    assert_eq!(seen.posts.load(Ordering::SeqCst), 1, "never sent twice");
    // A new intent (a new dialog) has its own id.
    session
        .call("reset-dialog-2", reset, request)
        .await
        .unwrap();
    assert_eq!(seen.posts.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_change_refused_before_sending_may_be_corrected_and_sent_with_the_same_id() {
    let session = Session::new();
    connect(&session, serve(Seen::default()).await);
    let (reset, _) = reset_request();
    let broken = OperationRequest::with_path([("chargePoint", json!(7))]);
    session
        .call("reset-dialog", reset, broken)
        .await
        .unwrap_err();
    let (_, fixed) = reset_request();
    session.call("reset-dialog", reset, fixed).await.unwrap();
}

#[tokio::test]
async fn a_call_meant_for_the_previous_connection_is_refused_after_a_switch() {
    let seen = Seen::default();
    let session = Session::new();
    connect(&session, serve(seen.clone()).await);
    let before = session.active().unwrap().view.generation;
    let (reset, request) = reset_request();
    session
        .on_tenant(before)
        .call("reset-before", reset, request.clone())
        .await
        .unwrap();
    connect(&session, serve(Seen::default()).await);
    let after = session.active().unwrap().view.generation;
    assert_ne!(before, after, "every switch is a new generation");
    let late = session
        .on_tenant(before)
        .call("reset-late", reset, request.clone())
        .await;
    assert_eq!(late.unwrap_err(), SessionError::TenantChanged);
    let listing = session
        .on_tenant(before)
        .list_page(
            "list-late",
            operation("usersListing").unwrap(),
            OperationRequest::default(),
        )
        .await;
    assert_eq!(listing.unwrap_err(), SessionError::TenantChanged);
    assert_eq!(
        seen.posts.load(Ordering::SeqCst),
        1,
        "nothing reached the old tenant"
    );
    session
        .on_tenant(after)
        .call("reset-after", reset, request)
        .await
        .unwrap();
}
