//! Profiles end to end in the engine: a real loopback tenant, the real OS
//! keychain (Secret Service; run inside scripts/with-keyring.sh), a real
//! profile file on disk.

use ampeco::generated::operation;
use ampeco::OperationRequest;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use credentials::Keychain;
use serde_json::json;
use session::{ProfileChanges, ProfileInput, Session, SessionError};

const TOKEN: &str = "plugdesk-test-token-7d1e";

async fn tenant() -> String {
    fn authorized(headers: &HeaderMap) -> bool {
        headers.get("authorization").and_then(|v| v.to_str().ok())
            == Some(&format!("Bearer {TOKEN}"))
    }
    let app = Router::new()
        .route(
            "/public-api/resources/settings/v1.0",
            get(|headers: HeaderMap| async move {
                if !authorized(&headers) {
                    return (
                        StatusCode::UNAUTHORIZED,
                        Json(json!({"message": "Unauthenticated."})),
                    );
                }
                (
                    StatusCode::OK,
                    Json(json!({"data": {"baseCurrency": {"id": 1}}})),
                )
            }),
        )
        .route(
            "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}",
            post(|| async { StatusCode::ACCEPTED }),
        )
        .route(
            "/public-api/resources/users/v1.0",
            get(|| async {
                tokio::time::sleep(std::time::Duration::from_millis(400)).await;
                Json(json!({"data": [], "links": {"next": null}, "meta": {}}))
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{address}")
}

/// The keychain tests need a Secret Service; `npm test` provides one.
fn keychain_or_skip() -> Option<Keychain> {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        eprintln!(
            "skipped: no D-Bus session (run inside scripts/with-keyring.sh for the real keychain)"
        );
        return None;
    }
    Some(Keychain::new(format!(
        "plugdesk-session-test-{}",
        std::process::id()
    )))
}

fn input(url: &str, name: &str, token: &str) -> ProfileInput {
    ProfileInput {
        name: name.into(),
        tenant_url: url.into(),
        color: "teal".into(),
        read_only: false,
        token: token.into(),
        skip_test: false,
    }
}

#[tokio::test]
async fn a_saved_profile_reconnects_after_a_restart_and_leaves_no_token_on_disk() {
    let Some(keychain) = keychain_or_skip() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let url = tenant().await;

    let session = Session::with_profiles(config.path(), keychain.clone()).unwrap();
    let status = session
        .add_profile(input(&url, "Staging", TOKEN))
        .await
        .unwrap();
    let active = status.active.expect("connected after saving");
    assert_eq!(active.name, "Staging");
    assert_eq!(active.color, "teal");
    let id = active.profile_id.unwrap();

    // A new session over the same folder is what the next start of the app sees.
    let restarted = Session::with_profiles(config.path(), keychain.clone()).unwrap();
    let status = restarted.status().await;
    assert_eq!(
        status.active.map(|tenant| tenant.name),
        Some("Staging".to_string())
    );
    assert_eq!(status.restore_problem, None);

    // The app starts reconnecting as it starts; a window asking who is connected meanwhile
    // waits for the reconnection instead of being told no one is.
    let starting = Session::with_profiles(config.path(), keychain.clone()).unwrap();
    let ((), status) = tokio::join!(starting.restore_last_profile(), starting.status());
    assert_eq!(
        status.active.map(|tenant| tenant.name),
        Some("Staging".to_string())
    );

    for entry in std::fs::read_dir(config.path()).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
        assert!(
            !text.contains(TOKEN),
            "the token must never be written to the config folder"
        );
    }

    let status = restarted.delete_profile(&id).await.unwrap();
    assert!(status.active.is_none());
    assert!(status.profiles.is_empty());
    assert!(
        !keychain.has_token(&id).unwrap(),
        "deleting a profile removes its keychain entry"
    );
}

#[tokio::test]
async fn a_wrong_token_is_reported_and_nothing_is_saved_unless_asked() {
    let Some(keychain) = keychain_or_skip() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let url = tenant().await;
    let session = Session::with_profiles(config.path(), keychain.clone()).unwrap();

    let error = session
        .add_profile(input(&url, "Prod", "wrong"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, SessionError::Api(ampeco::Error::Unauthorized { .. })),
        "{error:?}"
    );
    assert!(session.status().await.profiles.is_empty());

    let mut anyway = input(&url, "Prod", "wrong");
    anyway.skip_test = true;
    let status = session.add_profile(anyway).await.unwrap();
    assert_eq!(status.profiles.len(), 1);
    let id = status.profiles[0].id.clone();

    // Replacing the token fixes the profile in place.
    let changes = ProfileChanges {
        token: Some(TOKEN.into()),
        ..ProfileChanges::default()
    };
    session.update_profile(&id, changes).await.unwrap();
    let check = session.check_connection(&url, TOKEN.into()).await.unwrap();
    assert!(check.summary.contains("accepted the token"));
    session.delete_profile(&id).await.unwrap();
}

#[tokio::test]
async fn a_read_only_profile_refuses_writes_before_sending() {
    let Some(keychain) = keychain_or_skip() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let url = tenant().await;
    let session = Session::with_profiles(config.path(), keychain).unwrap();
    let mut read_only = input(&url, "Auditor", TOKEN);
    read_only.read_only = true;
    let status = session.add_profile(read_only).await.unwrap();
    assert!(status.active.as_ref().unwrap().read_only);

    let reset = operation("chargePointReset").or_else(|| {
        ampeco::generated::OPERATIONS
            .iter()
            .find(|op| op.path.ends_with("/reset/{type}"))
    });
    let request = OperationRequest::with_path([("chargePoint", json!(1)), ("type", json!("soft"))]);
    let error = session
        .call("reset", reset.unwrap(), request)
        .await
        .unwrap_err();
    assert_eq!(error, SessionError::Api(ampeco::Error::ReadOnlyProfile));
    let id = status.active.unwrap().profile_id.unwrap();
    session.delete_profile(&id).await.unwrap();
}

#[tokio::test]
async fn addresses_are_checked_before_anything_else() {
    let session = Session::new();
    let error = session
        .check_connection("http://acme.ampeco.tech", TOKEN.into())
        .await
        .unwrap_err();
    assert!(error.to_string().contains("https://"), "{error}");
    let error = session
        .add_profile(input("", "x", TOKEN))
        .await
        .unwrap_err();
    assert!(matches!(error, SessionError::Credentials(_)));
}

#[tokio::test]
async fn a_new_address_takes_a_new_token_and_the_connection_follows_it() {
    let Some(keychain) = keychain_or_skip() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let old_url = tenant().await;
    let new_url = tenant().await;
    let session = Session::with_profiles(config.path(), keychain).unwrap();
    let status = session
        .add_profile(input(&old_url, "Moving", TOKEN))
        .await
        .unwrap();
    let id = status.active.unwrap().profile_id.unwrap();

    // The stored token is never sent to another address: a new address needs the token again.
    let without_token = ProfileChanges {
        tenant_url: Some(new_url.clone()),
        ..ProfileChanges::default()
    };
    let error = session
        .update_profile(&id, without_token)
        .await
        .unwrap_err();
    assert_eq!(
        error,
        SessionError::Credentials(credentials::CredentialsError::TokenNeededForNewAddress)
    );
    assert_eq!(
        session.status().await.active.unwrap().tenant_url,
        old_url,
        "nothing changed"
    );

    // The same address, spelled the same, is not a move.
    let same = ProfileChanges {
        tenant_url: Some(old_url.clone()),
        ..ProfileChanges::default()
    };
    session.update_profile(&id, same).await.unwrap();

    let with_token = ProfileChanges {
        tenant_url: Some(new_url.clone()),
        token: Some(TOKEN.into()),
        ..ProfileChanges::default()
    };
    let status = session.update_profile(&id, with_token).await.unwrap();
    assert_eq!(status.active.unwrap().tenant_url, new_url);
    assert_eq!(status.profiles[0].tenant_url, new_url);
    session.delete_profile(&id).await.unwrap();
}

#[tokio::test]
async fn a_failed_edit_never_pairs_a_new_token_with_the_old_address() {
    use credentials::ExposeSecret;
    let Some(keychain) = keychain_or_skip() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let old_url = tenant().await;
    let new_url = tenant().await;
    let session = Session::with_profiles(config.path(), keychain.clone()).unwrap();
    session
        .add_profile(input(&old_url, "Taken", TOKEN))
        .await
        .unwrap();
    let status = session
        .add_profile(input(&old_url, "Editing", TOKEN))
        .await
        .unwrap();
    let id = status.active.unwrap().profile_id.unwrap();

    // A name already taken: the save fails, so the keychain must not change.
    let changes = ProfileChanges {
        name: Some("taken".into()),
        tenant_url: Some(new_url.clone()),
        token: Some("token-for-the-new-address".into()),
        ..ProfileChanges::default()
    };
    let error = session.update_profile(&id, changes).await.unwrap_err();
    assert!(matches!(
        error,
        SessionError::Credentials(credentials::CredentialsError::DuplicateName { .. })
    ));
    let stored = keychain.require_token(&id).unwrap();
    assert_eq!(
        stored.expose_secret(),
        TOKEN,
        "the old token stays with the old address"
    );
    let status = session.status().await;
    let profile = status.profiles.iter().find(|p| p.id == id).unwrap();
    assert_eq!(profile.tenant_url, old_url);
    assert_eq!(profile.name, "Editing");
    for profile in status.profiles {
        session.delete_profile(&profile.id).await.unwrap();
    }
}

#[tokio::test]
async fn renaming_the_active_profile_leaves_running_calls_alone() {
    let Some(keychain) = keychain_or_skip() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let url = tenant().await;
    let session = std::sync::Arc::new(Session::with_profiles(config.path(), keychain).unwrap());
    let status = session
        .add_profile(input(&url, "Before", TOKEN))
        .await
        .unwrap();
    let id = status.active.unwrap().profile_id.unwrap();
    let listing = {
        let session = session.clone();
        tokio::spawn(async move {
            session
                .list_page(
                    "slow-list",
                    operation("usersListing").unwrap(),
                    OperationRequest::default(),
                )
                .await
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let renamed = ProfileChanges {
        name: Some("After".into()),
        color: Some("grape".into()),
        ..ProfileChanges::default()
    };
    let status = session.update_profile(&id, renamed).await.unwrap();
    let active = status.active.unwrap();
    assert_eq!(
        (active.name.as_str(), active.color.as_str()),
        ("After", "grape")
    );
    listing
        .await
        .unwrap()
        .expect("a rename does not reconnect, so the listing was not cancelled");
    session.delete_profile(&id).await.unwrap();
}

#[tokio::test]
async fn deleting_a_profile_deletes_its_saved_views_only() {
    let Some(keychain) = keychain_or_skip() else {
        return;
    };
    let config = tempfile::tempdir().unwrap();
    let url = tenant().await;
    let views_file = config.path().join("views.sqlite3");
    let session = Session::with_profiles(config.path(), keychain)
        .unwrap()
        .with_saved_views(session::SavedViews::open(&views_file).unwrap());
    let state = session::ViewState {
        resource: "users".into(),
        ..session::ViewState::default()
    };
    let mut ids = Vec::new();
    for name in ["Views one", "Views two"] {
        let status = session.add_profile(input(&url, name, TOKEN)).await.unwrap();
        let active = status.active.unwrap();
        session
            .save_view(active.generation, "Every user".into(), state.clone())
            .await
            .unwrap();
        ids.push(active.profile_id.unwrap());
    }
    // "Views two" is connected; deleting "Views one" takes its view with it.
    session.delete_profile(&ids[0]).await.unwrap();
    let views = session::SavedViews::open(&views_file).unwrap();
    assert!(views.list(&ids[0]).unwrap().is_empty());
    assert_eq!(views.list(&ids[1]).unwrap()[0].name, "Every user");
    session.delete_profile(&ids[1]).await.unwrap();
    assert!(views.list(&ids[1]).unwrap().is_empty());
}
