//! A user created or re-addressed through the API has not verified its address yet: its
//! `emailVerified` (a nullable date in the spec) is null, never another person's address,
//! both in the answer and when the user is read back. What a caller writes there is kept.

mod common;

use ampeco::OperationRequest;
use common::{client, op, start, TOKEN};
use serde_json::{json, Value};

async fn create_user(api: &ampeco::Client, body: Value) -> Value {
    let created = api
        .execute(
            op("userCreate"),
            OperationRequest {
                body: Some(body),
                ..OperationRequest::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(created.status, 201);
    created.body.unwrap()["data"].clone()
}

async fn read_user(api: &ampeco::Client, id: &Value) -> Value {
    let read = api
        .execute(
            op("userRead"),
            OperationRequest::with_path([("user", id.clone())]),
        )
        .await
        .unwrap();
    read.body.unwrap()["data"].clone()
}

async fn update_user(api: &ampeco::Client, id: &Value, body: Value) -> Value {
    let mut patch = OperationRequest::with_path([("user", id.clone())]);
    patch.body = Some(body);
    let updated = api.execute(op("userUpdate"), patch).await.unwrap();
    updated.body.unwrap()["data"].clone()
}

#[tokio::test]
async fn a_created_user_has_no_verified_address_yet() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    // Several, so a synthesized value cannot slip through by luck of the seed.
    for n in 0..5 {
        let email = format!("new.customer{n}@example.org");
        let user = create_user(
            &api,
            json!({"email": email, "password": "correct-horse-battery", "firstName": "New"}),
        )
        .await;
        assert_eq!(user["email"], email);
        assert_eq!(
            user["emailVerified"],
            Value::Null,
            "answer to create: {user}"
        );
        let read = read_user(&api, &user["id"]).await;
        assert_eq!(read["emailVerified"], Value::Null, "read back: {read}");
    }
}

#[tokio::test]
async fn changing_the_address_clears_its_verification() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let user = create_user(
        &api,
        json!({
            "email": "verified.customer@example.org",
            "password": "correct-horse-battery",
            "emailVerified": "2026-01-05 09:30:00",
        }),
    )
    .await;
    assert_eq!(
        user["emailVerified"], "2026-01-05 09:30:00",
        "a value the caller writes is kept"
    );

    let renamed = update_user(&api, &user["id"], json!({"firstName": "Vera"})).await;
    assert_eq!(
        renamed["emailVerified"], "2026-01-05 09:30:00",
        "an update that keeps the address keeps its verification"
    );

    let moved = update_user(
        &api,
        &user["id"],
        json!({"email": "vera.elsewhere@example.org"}),
    )
    .await;
    assert_eq!(moved["email"], "vera.elsewhere@example.org");
    assert_eq!(
        moved["emailVerified"],
        Value::Null,
        "the new address: {moved}"
    );
    let read = read_user(&api, &user["id"]).await;
    assert_eq!(read["emailVerified"], Value::Null);
}
