//! The embedded demo network, through the session as the app uses it.

use ampeco::generated::operation;
use ampeco::OperationRequest;
use session::Session;

#[tokio::test]
async fn the_demo_network_opens_without_an_account_and_lists_real_looking_records() {
    let session = Session::new();
    let status = session.start_demo().await.unwrap();
    let active = status.active.expect("connected to the demo");
    assert!(active.demo);
    assert!(active.tenant_url.starts_with("http://127.0.0.1:"));

    let page = session
        .list_page(
            "cp",
            operation("chargePointsListing").unwrap(),
            OperationRequest::default(),
        )
        .await
        .unwrap();
    assert!(!page.records.is_empty());
    assert!(page.records[0]
        .get("name")
        .is_some_and(|name| name != "string"));

    // Opening it again reuses the running tenant.
    let again = session.start_demo().await.unwrap().active.unwrap();
    assert_eq!(again.tenant_url, active.tenant_url);
}
