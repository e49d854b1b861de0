//! The demo tenant over real loopback HTTP, through the Plugdesk client.

mod common;

use std::collections::HashSet;

use ampeco::{Error, OperationRequest, QueryInput};
use common::{client, op, start, TOKEN};
use demo_tenant::{DemoConfig, DemoTenant};
use futures_util::TryStreamExt;
use serde_json::{json, Value};

fn listing(filter: Value, per_page: u32) -> OperationRequest {
    OperationRequest {
        query: QueryInput {
            filter: filter.as_object().cloned().unwrap_or_default(),
            per_page: Some(per_page),
            ..QueryInput::default()
        },
        ..OperationRequest::default()
    }
}

fn ids(records: &[Value]) -> Vec<String> {
    records.iter().map(|r| r["id"].to_string()).collect()
}

#[tokio::test]
async fn startup_is_measured() {
    let demo = start().await;
    println!(
        "demo tenant start-up at scale 1: {} ms",
        demo.startup_time().as_millis()
    );
}

#[tokio::test]
async fn cursor_walk_sees_every_record_once() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let records: Vec<Value> = api
        .records(op("usersListing"), listing(json!({}), 37))
        .try_collect()
        .await
        .unwrap();
    let unique: HashSet<String> = ids(&records).into_iter().collect();
    assert_eq!(records.len(), 500, "500 users at scale 1");
    assert_eq!(unique.len(), records.len(), "no duplicates");
    let sessions: Vec<Value> = api
        .records(op("sessionsListing"), listing(json!({}), 100))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sessions.len(), 3005, "3,000 past and 5 active sessions");
}

#[tokio::test]
async fn page_walk_matches_total() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let first = api
        .execute(op("partnersListing"), listing(json!({}), 3))
        .await
        .unwrap();
    let body = first.body.unwrap();
    let total = body["meta"]["total"].as_u64().unwrap();
    assert_eq!(body["meta"]["last_page"], json!(total.div_ceil(3)));
    let records: Vec<Value> = api
        .records(op("partnersListing"), listing(json!({}), 3))
        .try_collect()
        .await
        .unwrap();
    let unique: HashSet<String> = ids(&records).into_iter().collect();
    assert_eq!(records.len() as u64, total);
    assert_eq!(unique.len() as u64, total, "no duplicates, no gaps");
}

#[tokio::test]
async fn filters_apply_enum_date_and_array() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let active: Vec<Value> = api
        .records(
            op("sessionsListing"),
            listing(json!({"status": "active"}), 100),
        )
        .try_collect()
        .await
        .unwrap();
    assert_eq!(active.len(), 5);
    assert!(active.iter().all(|s| s["status"] == "active"));

    // The median update time splits the users in two known halves.
    let everyone: Vec<Value> = api
        .records(op("usersListing"), listing(json!({}), 100))
        .try_collect()
        .await
        .unwrap();
    let mut times: Vec<String> = everyone
        .iter()
        .map(|u| u["lastUpdatedAt"].as_str().unwrap().to_owned())
        .collect();
    times.sort();
    let since = times[250].clone();
    let expected = times.iter().filter(|t| **t >= since).count();
    let recent: Vec<Value> = api
        .records(
            op("usersListing"),
            listing(json!({"lastUpdatedAfter": since}), 100),
        )
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        recent.len(),
        expected,
        "a date range selects the later half"
    );
    assert!(recent
        .iter()
        .all(|u| u["lastUpdatedAt"].as_str().unwrap() >= since.as_str()));

    let some: Vec<Value> = api
        .records(
            op("chargePointsListing"),
            listing(json!({"locationId": 3}), 100),
        )
        .try_collect()
        .await
        .unwrap();
    assert!(some.iter().all(|c| c["locationId"] == 3));

    let array_op = ampeco::generated::OPERATIONS
        .iter()
        .find(|o| {
            o.filters
                .iter()
                .any(|f| f.is_array && f.name == "roamingOperatorIds")
        })
        .expect("an array filter exists");
    let response = api
        .execute(
            array_op,
            listing(json!({"roamingOperatorIds": [1, 2]}), 100),
        )
        .await
        .unwrap();
    let records = response.body.unwrap()["data"].as_array().cloned().unwrap();
    assert!(records
        .iter()
        .all(|r| [json!(1), json!(2)].contains(&r["roamingOperatorId"])));
}

#[tokio::test]
async fn includes_add_optional_fields() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let path = [("chargePoint", json!(1))];
    let plain = api
        .execute(
            op("chargePointEvsesListing"),
            OperationRequest::with_path(path.clone()),
        )
        .await
        .unwrap();
    let evse = &plain.body.unwrap()["data"][0];
    assert!(
        evse.get("connectors").is_none(),
        "connectors only when included"
    );
    let mut request = OperationRequest::with_path(path);
    request.query.include = vec!["connectors".to_owned()];
    let included = api
        .execute(op("chargePointEvsesListing"), request)
        .await
        .unwrap();
    let connectors = &included.body.unwrap()["data"][0]["connectors"];
    assert!(connectors.as_array().is_some_and(|c| !c.is_empty()));
}

#[tokio::test]
async fn invalid_body_is_422_with_field_messages() {
    let demo = start().await;
    let raw = reqwest::Client::new()
        .post(format!(
            "{}/public-api/actions/users/v1.0/1/change-status",
            demo.url()
        ))
        .bearer_auth(TOKEN)
        .json(&json!({"status": "sleeping"}))
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 422);
    let body: Value = raw.json().await.unwrap();
    assert!(body["message"].is_string());
    assert!(body["errors"]["status"][0].is_string(), "{body}");
    assert!(body["errors"]["reason"][0].is_string(), "{body}");

    let in_range = client(&demo, TOKEN)
        .execute(op("usersListing"), listing(json!({}), 100))
        .await;
    assert!(in_range.is_ok());
    let raw = reqwest::Client::new()
        .get(format!(
            "{}/public-api/resources/users/v1.0?per_page=101",
            demo.url()
        ))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 422);
}

#[tokio::test]
async fn missing_or_wrong_token_is_401() {
    let demo = start().await;
    let wrong = client(&demo, "not-the-token")
        .execute(op("usersListing"), OperationRequest::default())
        .await;
    assert!(
        matches!(wrong, Err(Error::Unauthorized { .. })),
        "{wrong:?}"
    );
    let none = reqwest::get(format!("{}/public-api/resources/users/v1.0", demo.url()))
        .await
        .unwrap();
    assert_eq!(none.status(), 401);
    assert_eq!(
        none.json::<Value>().await.unwrap()["message"],
        "Unauthenticated."
    );
}

#[tokio::test]
async fn unknown_id_is_404() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let missing = api
        .execute(
            op("chargePointRead"),
            OperationRequest::with_path([("chargePoint", json!(999_999))]),
        )
        .await;
    assert!(
        matches!(missing, Err(Error::NotFound { .. })),
        "{missing:?}"
    );
    let nested = api
        .execute(
            op("chargePointEvsesListing"),
            OperationRequest::with_path([("chargePoint", json!(999_999))]),
        )
        .await;
    assert!(matches!(nested, Err(Error::NotFound { .. })), "{nested:?}");
}

#[tokio::test]
async fn create_read_update_delete_round_trip() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let body = json!({"name": "Depot Night Tariffs"});
    let created = api
        .execute(
            op("tariffGroupCreate"),
            OperationRequest {
                body: Some(body),
                ..OperationRequest::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(created.status, 201);
    let record = created.body.unwrap()["data"].clone();
    let id = record["id"].clone();
    assert_eq!(record["name"], "Depot Night Tariffs");

    let read = api
        .execute(
            op("tariffGroupRead"),
            OperationRequest::with_path([("tariffGroup", id.clone())]),
        )
        .await
        .unwrap();
    assert_eq!(read.body.unwrap()["data"]["name"], "Depot Night Tariffs");

    let mut patch = OperationRequest::with_path([("user", json!(1))]);
    patch.body = Some(json!({"firstName": "Renamed"}));
    let updated = api.execute(op("userUpdate"), patch).await.unwrap();
    let user = updated.body.unwrap()["data"].clone();
    assert_eq!(user["firstName"], "Renamed");
    assert!(user["lastName"].is_string(), "PATCH keeps the other fields");

    let deleted = api
        .execute(
            op("tariffGroupDelete"),
            OperationRequest::with_path([("tariffGroup", id.clone())]),
        )
        .await
        .unwrap();
    assert_eq!(deleted.status, 204);
    let gone = api
        .execute(
            op("tariffGroupRead"),
            OperationRequest::with_path([("tariffGroup", id)]),
        )
        .await;
    assert!(matches!(gone, Err(Error::NotFound { .. })));
}

async fn evse_status(api: &ampeco::Client, charge_point: u64, evse: u64) -> Value {
    let read = api
        .execute(
            op("chargePointEvseRead"),
            OperationRequest::with_path([
                ("chargePoint", json!(charge_point)),
                ("evse", json!(evse)),
            ]),
        )
        .await
        .unwrap();
    read.body.unwrap()["data"]["hardwareStatus"].clone()
}

#[tokio::test]
async fn start_and_stop_a_session() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let evses = api
        .execute(
            op("chargePointEvsesListing"),
            OperationRequest::with_path([("chargePoint", json!(2))]),
        )
        .await
        .unwrap();
    let evse = evses.body.unwrap()["data"][0]["id"].as_u64().unwrap();

    let mut start = OperationRequest::with_path([("chargePoint", json!(2)), ("evse", json!(evse))]);
    start.body = Some(json!({"idTag": "04A1B2C3", "userId": 7}));
    let started = api
        .execute(op("chargePointStartChargingSession"), start)
        .await
        .unwrap();
    assert_eq!(started.status, 202);
    assert_eq!(evse_status(&api, 2, evse).await, "charging");

    let active: Vec<Value> = api
        .records(
            op("sessionsListing"),
            listing(json!({"status": "active", "chargePointId": 2}), 100),
        )
        .try_collect()
        .await
        .unwrap();
    let session = active
        .iter()
        .find(|s| s["evseId"] == evse)
        .expect("the new session is listed")
        .clone();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let read = api
        .execute(
            op("sessionRead"),
            OperationRequest::with_path([("session", session["id"].clone())]),
        )
        .await
        .unwrap();
    assert!(
        read.body.unwrap()["data"]["energy"].as_f64().unwrap() > 0.0,
        "energy grows while it runs"
    );

    let stop = OperationRequest::with_path([
        ("chargePoint", json!(2)),
        ("session", session["id"].clone()),
    ]);
    assert_eq!(
        api.execute(op("chargePointStopChargingSession"), stop)
            .await
            .unwrap()
            .status,
        202
    );
    let read = api
        .execute(
            op("sessionRead"),
            OperationRequest::with_path([("session", session["id"].clone())]),
        )
        .await
        .unwrap();
    let done = read.body.unwrap()["data"].clone();
    assert_eq!(done["status"], "finished");
    assert!(done["energy"].as_f64().unwrap() > 0.0);
    assert!(done["amount"].as_f64().unwrap() > 0.0);
    assert!(done["stoppedAt"].is_string());
    // Billed, but a session stopped a moment ago is not paid yet.
    assert_eq!(done["billingStatus"], "completed");
    assert_eq!(done["paymentStatus"], "pending");
    assert_eq!(evse_status(&api, 2, evse).await, "available");
}

#[tokio::test]
async fn operator_actions_change_state() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let user = |id: u64| OperationRequest::with_path([("user", json!(id))]);
    let before = api
        .execute(op("userRead"), user(3))
        .await
        .unwrap()
        .body
        .unwrap()["data"]["balance"]
        .as_f64()
        .unwrap();
    let mut add = user(3);
    add.body = Some(json!({"amount": 25.5, "reason": "Goodwill"}));
    api.execute(op("userAddBalance"), add).await.unwrap();
    let after = api
        .execute(op("userRead"), user(3))
        .await
        .unwrap()
        .body
        .unwrap()["data"]["balance"]
        .as_f64()
        .unwrap();
    assert!(
        (after - before - 25.5).abs() < 0.011,
        "{before} + 25.5 = {after}"
    );

    let mut status = user(3);
    status.body = Some(json!({"status": "disabled", "reason": "Card lost"}));
    api.execute(op("userChangeStatus"), status).await.unwrap();
    assert_eq!(
        api.execute(op("userRead"), user(3))
            .await
            .unwrap()
            .body
            .unwrap()["data"]["status"],
        "disabled"
    );

    let mut availability = OperationRequest::with_path([("chargePoint", json!(4))]);
    availability.body = Some(json!({"type": "Inoperative"}));
    api.execute(op("chargePointChangeAvailability"), availability)
        .await
        .unwrap();
    let evses = api
        .execute(
            op("chargePointEvsesListing"),
            OperationRequest::with_path([("chargePoint", json!(4))]),
        )
        .await
        .unwrap();
    assert!(evses.body.unwrap()["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["status"] == "disabled"));

    let reset = api
        .execute(
            op("chargePointReset"),
            OperationRequest::with_path([("chargePoint", json!(4)), ("type", json!("soft"))]),
        )
        .await;
    assert_eq!(reset.unwrap().status, 202);
    let unlock = api
        .execute(
            op("chargePointEvseUnlock"),
            OperationRequest::with_path([("chargePoint", json!(4)), ("evse", json!(9_999_999))]),
        )
        .await;
    assert!(matches!(unlock, Err(Error::NotFound { .. })));

    api.execute(
        op("reservationCancel"),
        OperationRequest::with_path([("reservation", json!(1))]),
    )
    .await
    .unwrap();
    let reservation = api
        .execute(
            op("reservationRead"),
            OperationRequest::with_path([("reservation", json!(1))]),
        )
        .await
        .unwrap();
    assert_eq!(reservation.body.unwrap()["data"]["status"], "canceled");
}

#[tokio::test]
async fn same_seed_same_data() {
    let config = DemoConfig {
        token: TOKEN.to_owned(),
        seed: 7,
        ..DemoConfig::default()
    };
    let (one, two) = (
        DemoTenant::start(config.clone()).await.unwrap(),
        DemoTenant::start(config).await.unwrap(),
    );
    let other = DemoTenant::start(DemoConfig {
        token: TOKEN.to_owned(),
        seed: 8,
        ..DemoConfig::default()
    })
    .await
    .unwrap();
    let first_page = |demo: &demo_tenant::RunningDemo| {
        let api = client(demo, TOKEN);
        async move {
            let mut bodies = Vec::new();
            for id in [
                "usersListing",
                "chargePointsListing",
                "locationsListing",
                "vouchersListing",
            ] {
                let body = api
                    .execute(op(id), listing(json!({}), 20))
                    .await
                    .unwrap()
                    .body
                    .unwrap();
                bodies.push(body["data"].clone());
            }
            bodies
        }
    };
    let (a, b, c) = (
        first_page(&one).await,
        first_page(&two).await,
        first_page(&other).await,
    );
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[tokio::test]
async fn foreign_keys_point_at_existing_records() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let sessions = api
        .execute(op("sessionsListing"), listing(json!({}), 50))
        .await
        .unwrap()
        .body
        .unwrap();
    for session in sessions["data"].as_array().unwrap() {
        let cp = session["chargePointId"].clone();
        let evse = session["evseId"].clone();
        api.execute(
            op("chargePointEvseRead"),
            OperationRequest::with_path([("chargePoint", cp), ("evse", evse)]),
        )
        .await
        .unwrap();
        api.execute(
            op("userRead"),
            OperationRequest::with_path([("user", session["userId"].clone())]),
        )
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn snake_case_fields_written_show_in_the_camel_case_record() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let created = api
        .execute(
            op("userCreate"),
            OperationRequest {
                body: Some(json!({
                    "email": "ada.byron@example.com",
                    "password": "correct-horse-battery",
                    "first_name": "Ada",
                    "last_name": "Byron"
                })),
                ..OperationRequest::default()
            },
        )
        .await
        .unwrap();
    let user = created.body.unwrap()["data"].clone();
    assert_eq!(user["firstName"], "Ada");
    assert_eq!(user["lastName"], "Byron");
    assert!(user.get("first_name").is_none());

    let mut patch = OperationRequest::with_path([("user", user["id"].clone())]);
    patch.body = Some(json!({"first_name": "Augusta"}));
    let updated = api.execute(op("userUpdate"), patch).await.unwrap();
    assert_eq!(updated.body.unwrap()["data"]["firstName"], "Augusta");
}
