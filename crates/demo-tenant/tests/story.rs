//! The demo network tells one story: its records agree with each other, as an operator
//! reading them side by side would expect.

mod common;

use ampeco::{OperationRequest, QueryInput};
use common::{client, op, start, TOKEN};
use futures_util::TryStreamExt;
use serde_json::{json, Value};

async fn all(api: &ampeco::Client, operation: &str, filter: Value) -> Vec<Value> {
    let request = OperationRequest {
        query: QueryInput {
            filter: filter.as_object().cloned().unwrap_or_default(),
            per_page: Some(100),
            ..QueryInput::default()
        },
        ..OperationRequest::default()
    };
    api.records(op(operation), request)
        .try_collect()
        .await
        .unwrap()
}

/// Nothing of a running session is billed yet: no amount, no receipt, payment pending.
fn assert_not_billed(session: &Value) {
    let id = &session["id"];
    assert_eq!(session["status"], "active", "session {id}");
    assert_eq!(
        session["paymentStatus"], "pending",
        "session {id} is not paid yet"
    );
    assert_eq!(
        session["billingStatus"], "pending",
        "session {id} is not billed yet"
    );
    assert_eq!(
        session["amount"].as_f64(),
        Some(0.0),
        "session {id} costs nothing yet"
    );
    for field in [
        "receiptId",
        "paymentStatusUpdatedAt",
        "stoppedAt",
        "totalAmount",
    ] {
        assert!(
            session.get(field).is_none_or(Value::is_null),
            "session {id} already has {field}: {}",
            session[field]
        );
    }
}

#[tokio::test]
async fn running_sessions_are_not_billed_or_paid() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let active = all(&api, "sessionsListing", json!({"status": "active"})).await;
    assert!(!active.is_empty());
    active.iter().for_each(assert_not_billed);

    // A session started a moment ago reads the same.
    let mut request =
        OperationRequest::with_path([("chargePoint", json!(5)), ("evse", json!(null))]);
    request.path.remove("evse");
    request.body = Some(json!({"idTag": "04A1B2C3", "userId": 7}));
    api.execute(op("chargePointStartChargingSessionWithoutEvse"), request)
        .await
        .unwrap();
    let started = all(
        &api,
        "sessionsListing",
        json!({"status": "active", "chargePointId": 5}),
    )
    .await;
    assert!(!started.is_empty());
    started.iter().for_each(assert_not_billed);
}

#[tokio::test]
async fn non_billable_energy_never_exceeds_the_energy() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    for session in all(&api, "sessionsListing", json!({})).await {
        let energy = session["energy"].as_f64().unwrap_or(0.0);
        if let Some(free) = session["nonBillableEnergy"].as_f64() {
            assert!(
                (0.0..=energy).contains(&free),
                "session {}: {free} Wh free of {energy} Wh",
                session["id"]
            );
        }
    }
}

#[tokio::test]
async fn a_verified_email_is_the_users_own() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    for user in all(&api, "usersListing", json!({})).await {
        let verified = &user["emailVerified"];
        assert!(
            verified.is_null() || *verified == user["email"],
            "user {} verified {verified} but has {}",
            user["id"],
            user["email"]
        );
    }
}

#[tokio::test]
async fn evses_charging_match_the_running_sessions() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let charging = all(&api, "evsesListing", json!({})).await;
    let charging: Vec<(u64, u64)> = charging
        .iter()
        .filter(|evse| evse["hardwareStatus"] == "charging")
        .map(|evse| {
            (
                evse["chargePointId"].as_u64().unwrap(),
                evse["id"].as_u64().unwrap(),
            )
        })
        .collect();
    let active = all(&api, "sessionsListing", json!({"status": "active"})).await;
    let mut running: Vec<(u64, u64)> = active
        .iter()
        .map(|s| {
            (
                s["chargePointId"].as_u64().unwrap(),
                s["evseId"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut charging_sorted = charging.clone();
    charging_sorted.sort_unstable();
    running.sort_unstable();
    assert_eq!(
        charging_sorted, running,
        "each charging EVSE has one running session"
    );
}

#[tokio::test]
async fn the_settings_name_a_seeded_currency_as_the_base_currency() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let settings = api
        .execute(op("settingsListing"), OperationRequest::default())
        .await
        .unwrap()
        .body
        .unwrap();
    let id = settings["data"]["baseCurrency"]["id"].clone();
    let mut request = OperationRequest::default();
    request
        .path
        .insert("currency".to_owned(), json!(id.as_u64().expect("an id")));
    let currency = api
        .execute(op("currencyRead"), request)
        .await
        .expect("the base currency exists")
        .body
        .unwrap();
    // Version 2.0 answers with the record itself, not wrapped in `data`.
    let record = currency.get("data").unwrap_or(&currency);
    assert_eq!(record["alphabeticCode"], "EUR");
}
