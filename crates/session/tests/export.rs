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
