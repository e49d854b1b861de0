//! Exporting a whole listing from the demo network to a file.

use std::sync::Arc;

use ampeco::generated::operation;
use ampeco::OperationRequest;
use session::{ExportFormat, Session, SessionError};

#[tokio::test]
async fn every_record_of_a_listing_lands_in_the_file_with_progress_per_page() {
    let session = Session::new();
    session.start_demo().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let op = operation("usersListing").unwrap();
    let mut request = OperationRequest::default();
    request.query.per_page = Some(100);
    let mut seen = Vec::new();
    let result = session
        .export_listing(
            "export",
            op,
            request,
            ExportFormat::JsonLines,
            dir.path(),
            "Users",
            |progress| seen.push(progress),
        )
        .await
        .unwrap();
    let text = std::fs::read_to_string(&result.path).unwrap();
    assert_eq!(text.lines().count() as u32, result.records);
    assert!(result.records >= 500, "the demo network has 500 users");
    assert_eq!(seen.last().unwrap().records, result.records);
    assert!(seen.len() >= 5, "one progress report per page");
    assert!(result.path.ends_with(".jsonl") && result.path.contains("users-"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no partial file remains");

    let csv = session
        .export_listing(
            "export",
            op,
            OperationRequest::default(),
            ExportFormat::Csv,
            dir.path(),
            "Users",
            |_| {},
        )
        .await
        .unwrap();
    let csv_text = std::fs::read_to_string(&csv.path).unwrap();
    assert_eq!(
        csv_text.lines().count() as u32,
        csv.records + 1,
        "a header and one line per user"
    );
}

#[tokio::test]
async fn a_cancelled_export_leaves_no_file() {
    let session = Arc::new(Session::new());
    session.start_demo().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let export = {
        let session = session.clone();
        tokio::spawn(async move {
            let op = operation("sessionsListing").unwrap();
            let mut request = OperationRequest::default();
            request.query.per_page = Some(1);
            session
                .export_listing(
                    "slow",
                    op,
                    request,
                    ExportFormat::Csv,
                    &path,
                    "sessions",
                    |_| {},
                )
                .await
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(session.cancel("slow"));
    let result = export.await.unwrap();
    assert_eq!(
        result.unwrap_err(),
        SessionError::Api(ampeco::Error::Cancelled)
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[tokio::test]
async fn two_exports_of_the_same_listing_in_the_same_second_never_share_a_file() {
    let session = Arc::new(Session::new());
    session.start_demo().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let run = |id: &'static str| {
        let session = session.clone();
        let path = dir.path().to_path_buf();
        async move {
            let mut request = OperationRequest::default();
            request.query.per_page = Some(100);
            session
                .export_listing(
                    id,
                    operation("usersListing").unwrap(),
                    request,
                    ExportFormat::JsonLines,
                    &path,
                    "Users",
                    |_| {},
                )
                .await
        }
    };
    let (first, second) = tokio::join!(run("one"), run("two"));
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_ne!(first.path, second.path);
    for result in [&first, &second] {
        let text = std::fs::read_to_string(&result.path).unwrap();
        assert_eq!(
            text.lines().count() as u32,
            result.records,
            "{}",
            result.path
        );
        for line in text.lines() {
            serde_json::from_str::<serde_json::Value>(line).expect("whole lines, not interleaved");
        }
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[tokio::test]
async fn exported_records_carry_no_secrets_of_other_systems() {
    use axum::routing::get;
    let app = axum::Router::new().route(
        "/public-api/resources/users/v1.0",
        get(|| async {
            axum::Json(serde_json::json!({
                "data": [{"id": 1, "email": "a@example.com", "password": "pw-plain",
                          "kafka": {"saslPassword": "sasl-plain"}}],
                "links": {"next": null}, "meta": {}
            }))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let session = Session::new();
    let client = ampeco::Client::new(ampeco::ClientConfig::new(
        ampeco::Url::parse(&format!("http://{address}")).unwrap(),
        ampeco::SecretString::from("t"),
    ))
    .unwrap();
    session.activate(session::ActiveTenant {
        view: session::TenantView {
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
    let dir = tempfile::tempdir().unwrap();
    for format in [ExportFormat::Csv, ExportFormat::JsonLines] {
        let result = session
            .export_listing(
                "export",
                operation("usersListing").unwrap(),
                OperationRequest::default(),
                format,
                dir.path(),
                "Users",
                |_| {},
            )
            .await
            .unwrap();
        let text = std::fs::read_to_string(&result.path).unwrap();
        assert!(text.contains("a@example.com"));
        assert!(
            !text.contains("pw-plain") && !text.contains("sasl-plain"),
            "{text}"
        );
    }
}
