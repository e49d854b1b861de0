//! Actions. The ones operators use most change the stored network; the rest
//! validate their body and answer what the operation declares (mostly 202,
//! "accepted": a real tenant would pass them on to the charge point).

use axum::http::StatusCode;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::call::{shaped, validate, Answer, Call};
use crate::clock::{self, format_datetime};
use crate::errors::ApiError;
use crate::network::set_evse_status;
use crate::store::{IdKey, Store};
use crate::tenant::Tenant;

/// Price per kWh the demo bills a session at.
const PRICE_PER_KWH: f64 = 0.39;

pub fn run(tenant: &Tenant, call: &Call<'_>) -> Result<Answer, ApiError> {
    validate(call)?;
    let status = call.op.success.first().copied().unwrap_or(202);
    let mut answer = shaped(tenant, call.op, status, None);
    let mut store = tenant.lock();
    let param = |name: &str| call.path.get(name).map(String::as_str).unwrap_or("");
    let body = call.body.clone().unwrap_or_else(|| json!({}));
    match call.op.id {
        "chargePointStartChargingSession" | "chargePointStartChargingSessionWithoutEvse" => {
            let charge_point = id_of(param("chargePoint"))?;
            let evse = if call.op.id == "chargePointStartChargingSession" {
                Some(id_of(param("evse"))?)
            } else {
                None
            };
            let session = start(&mut store, charge_point, evse, &body)?;
            if let Some(Value::Object(map)) = &mut answer {
                map.insert("success".into(), json!(true));
                map.insert("message".into(), json!("Charging session started."));
                map.insert("authorizationId".into(), Value::Null);
                map.remove("errorCode");
                if map.contains_key("sessionId") {
                    map.insert(
                        "sessionId".into(),
                        session.parse::<u64>().map_or(json!(session), |n| json!(n)),
                    );
                }
            }
        }
        "chargePointStopChargingSession" => {
            existing(&store, "charge-points", param("chargePoint"))?;
            stop(&mut store, param("session"))?;
        }
        "chargePointChangeAvailability" => {
            let charge_point = id_of(param("chargePoint"))?;
            existing(&store, "charge-points", param("chargePoint"))?;
            let operative = body.get("type").and_then(Value::as_str) == Some("Operative");
            let only = body.get("evseNetworkId").and_then(Value::as_u64);
            change_availability(&mut store, charge_point, only, operative);
        }
        "chargePointReset" => {
            let record = existing_mut(&mut store, "charge-points", param("chargePoint"))?;
            if let Some(boot) = record
                .get_mut("lastBootNotification")
                .filter(|b| b.is_object())
            {
                boot["lastUpdatedAt"] = json!(now());
            }
            if record.get("hardwareStatus").is_some() {
                record["hardwareStatus"] = json!("available");
            }
            succeed(&mut answer);
        }
        "chargePointEvseUnlock" => {
            let key = format!("charge-points/{}/evses", param("chargePoint"));
            existing(&store, &key, param("evse"))?;
            succeed(&mut answer);
        }
        "userAddBalance" => {
            let amount = body.get("amount").and_then(Value::as_f64).unwrap_or(0.0);
            let user = existing_mut(&mut store, "users", param("user"))?;
            let balance = user.get("balance").and_then(Value::as_f64).unwrap_or(0.0);
            user["balance"] = json!(((balance + amount) * 100.0).round() / 100.0);
            user["lastUpdatedAt"] = json!(now());
        }
        "userChangeStatus" => {
            let user = existing_mut(&mut store, "users", param("user"))?;
            user["status"] = body.get("status").cloned().unwrap_or(json!("enabled"));
            user["lastUpdatedAt"] = json!(now());
        }
        "reservationCancel" => {
            tenant.ensure(&mut store, "reservations", "reservations");
            let reservation = existing_mut(&mut store, "reservations", param("reservation"))?;
            reservation["status"] = json!("canceled");
            reservation["canceledAt"] = json!(now());
            reservation["lastUpdatedAt"] = json!(now());
        }
        _ => {}
    }
    Ok((
        StatusCode::from_u16(status).unwrap_or(StatusCode::ACCEPTED),
        answer,
    ))
}

fn now() -> String {
    format_datetime(OffsetDateTime::now_utc())
}

fn id_of(text: &str) -> Result<u64, ApiError> {
    text.parse().map_err(|_| ApiError::not_found())
}

fn existing<'s>(store: &'s Store, key: &str, id: &str) -> Result<&'s Value, ApiError> {
    store
        .get(key, &IdKey::parse(id))
        .ok_or_else(ApiError::not_found)
}

fn existing_mut<'s>(store: &'s mut Store, key: &str, id: &str) -> Result<&'s mut Value, ApiError> {
    store
        .get_mut(key, &IdKey::parse(id))
        .ok_or_else(ApiError::not_found)
}

fn succeed(answer: &mut Option<Value>) {
    if let Some(Value::Object(map)) = answer {
        map.insert("success".into(), json!(true));
    }
}

/// Starts a session on `evse` (or the charge point's first free EVSE): the
/// session appears as active and the EVSE shows `charging`.
fn start(
    store: &mut Store,
    charge_point: u64,
    evse: Option<u64>,
    body: &Value,
) -> Result<String, ApiError> {
    existing(store, "charge-points", &charge_point.to_string())?;
    let evses_key = format!("charge-points/{charge_point}/evses");
    let evses = store
        .collections
        .get(&evses_key)
        .ok_or_else(ApiError::not_found)?;
    let chosen = match evse {
        Some(id) => evses
            .records
            .get(&IdKey::Number(id))
            .ok_or_else(ApiError::not_found)?,
        None => evses
            .records
            .values()
            .find(|e| e.get("hardwareStatus").and_then(Value::as_str) != Some("charging"))
            .or_else(|| evses.records.values().next())
            .ok_or_else(ApiError::not_found)?,
    };
    let evse_id = chosen.get("id").and_then(Value::as_u64).unwrap_or(0);
    let dc = chosen.get("currentType").and_then(Value::as_str) == Some("dc");
    let connector = chosen
        .pointer("/connectors/0/id")
        .cloned()
        .unwrap_or(Value::Null);
    let sessions = store.collection_mut("sessions");
    let template = sessions
        .records
        .values()
        .next_back()
        .cloned()
        .unwrap_or_else(|| json!({}));
    let mut session = template;
    let at = now();
    let fields = json!({
        "chargePointId": charge_point, "evseId": evse_id, "connectorId": connector,
        "userId": body.get("userId").cloned().unwrap_or(Value::Null),
        "idTag": body.get("idTag").cloned().unwrap_or(json!("DEMO0001")),
        "status": "active", "startedAt": at, "stoppedAt": null, "lastUpdatedAt": at,
        "energy": 0.0, "amount": 0.0, "powerKw": if dc { 92.5 } else { 11.0 },
        "paymentStatus": "pending", "billingStatus": "pending", "reason": "standard_stop",
    });
    if let (Value::Object(map), Value::Object(fields)) = (&mut session, fields) {
        map.extend(fields);
    }
    let session = sessions.insert_new(session);
    set_evse_status(store, charge_point, evse_id, "charging");
    Ok(session["id"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| session["id"].to_string()))
}

/// Energy of a running session so far, in Wh, from its power and start time.
fn live_energy(session: &Value) -> Option<f64> {
    let started = session.get("startedAt")?.as_str().and_then(clock::parse)?;
    let power_kw = session.get("powerKw")?.as_f64()?;
    let hours = (OffsetDateTime::now_utc() - started)
        .as_seconds_f64()
        .max(0.0)
        / 3600.0;
    Some((power_kw * 1000.0 * hours * 10.0).round() / 10.0)
}

/// Brings a running session's energy up to now (it grows while it runs).
pub fn refresh_live(record: &mut Value) {
    if record.get("status").and_then(Value::as_str) != Some("active")
        || record.get("stoppedAt").is_none()
    {
        return;
    }
    if let Some(energy) = live_energy(record) {
        record["energy"] = json!(energy);
    }
}

/// Stops an active session: it is finished with its energy and amount, and
/// its EVSE is available again. It is billed, but not yet paid: a payment is
/// taken after a session ends, never in the same moment.
fn stop(store: &mut Store, session_id: &str) -> Result<(), ApiError> {
    let session = existing_mut(store, "sessions", session_id)?;
    if session.get("status").and_then(Value::as_str) != Some("active") {
        return Ok(());
    }
    // At least one Wh: a session stopped right after it started still drew some.
    let energy = live_energy(session).unwrap_or(0.0).max(1.0);
    let amount = ((energy / 1000.0 * PRICE_PER_KWH * 100.0).round() / 100.0).max(0.01);
    let at = now();
    session["status"] = json!("finished");
    session["stoppedAt"] = json!(at);
    session["lastUpdatedAt"] = json!(at);
    session["energy"] = json!(energy);
    session["amount"] = json!(amount);
    session["powerKw"] = json!(0.0);
    session["paymentStatus"] = json!("pending");
    session["billingStatus"] = json!("completed");
    let charge_point = session
        .get("chargePointId")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let evse = session.get("evseId").and_then(Value::as_u64).unwrap_or(0);
    set_evse_status(store, charge_point, evse, "available");
    Ok(())
}

/// Operative: EVSEs enabled and available; inoperative: disabled.
fn change_availability(store: &mut Store, charge_point: u64, only: Option<u64>, operative: bool) {
    for key in [
        format!("charge-points/{charge_point}/evses"),
        "evses".to_owned(),
    ] {
        let Some(collection) = store.collections.get_mut(&key) else {
            continue;
        };
        for (id, evse) in collection.records.iter_mut() {
            let belongs = key != "evses"
                || evse.get("chargePointId").and_then(Value::as_u64) == Some(charge_point);
            if !belongs || only.is_some_and(|o| *id != IdKey::Number(o)) {
                continue;
            }
            evse["status"] = json!(if operative { "enabled" } else { "disabled" });
        }
    }
    if let Some(record) = store.get_mut("charge-points", &IdKey::Number(charge_point)) {
        if record.get("hardwareStatus").is_some() {
            record["hardwareStatus"] = json!(if operative {
                "available"
            } else {
                "unavailable"
            });
        }
    }
}
