//! Answers one operation of the table on the stored state, by its kind.

use std::collections::HashMap;

use ampeco::operation::{Method, Operation, OperationKind};
use axum::http::StatusCode;
use serde_json::{json, Map, Value};
use time::OffsetDateTime;

use crate::call::{shaped, validate, Answer, Call};
use crate::catalog::{depth, target, Target};
use crate::clock::format_datetime;
use crate::errors::ApiError;
use crate::listing;
use crate::store::{IdKey, Store};
use crate::tenant::Tenant;

pub fn handle(tenant: &Tenant, call: Call<'_>) -> Result<Answer, ApiError> {
    let target = target(call.op);
    match call.op.kind {
        OperationKind::List => list(tenant, &call, &target),
        OperationKind::Read => read(tenant, &call, &target),
        OperationKind::Create => create(tenant, &call, &target),
        OperationKind::Update => update(tenant, &call, &target),
        OperationKind::Delete => delete(tenant, &call, &target),
        OperationKind::Action | OperationKind::Other => crate::actions::run(tenant, &call),
    }
}

/// Makes the collection `key` ready, after checking every parent record on the
/// way exists (`charge-points/7/evses` needs charge point 7).
fn prepare(
    tenant: &Tenant,
    store: &mut Store,
    target: &Target,
    values: &HashMap<String, String>,
) -> Result<String, ApiError> {
    let mut parent_template = String::new();
    let mut parent_key = String::new();
    let mut params = target.params.iter();
    for (index, part) in target.template.split("{}").enumerate() {
        if index > 0 {
            let name = params.next().ok_or_else(ApiError::not_found)?;
            let value = values.get(*name).ok_or_else(ApiError::not_found)?;
            let template = parent_template.trim_end_matches('/').to_owned();
            let key = parent_key.trim_end_matches('/').to_owned();
            if tenant.catalog.collections.contains_key(&template) {
                tenant.ensure(store, &template, &key);
                if store.get(&key, &IdKey::parse(value)).is_none() {
                    return Err(ApiError::not_found());
                }
            }
            parent_template.push_str("{}");
            parent_key.push_str(value);
        }
        parent_template.push_str(part);
        parent_key.push_str(part);
    }
    let key = target.key(values);
    if tenant.catalog.collections.contains_key(&target.template) {
        tenant.ensure(store, &target.template, &key);
    }
    Ok(key)
}

/// The record as the operation sends it: include-only fields removed unless
/// asked for, and live values (a running session's energy) brought up to now.
fn present(
    tenant: &Tenant,
    op: &'static Operation,
    includes: &[String],
    mut record: Value,
) -> Value {
    crate::actions::refresh_live(&mut record);
    listing::strip_includes(op, includes, &mut record);
    crate::conform::conform(tenant, op, &mut record);
    record
}

fn includes_of(call: &Call<'_>) -> Vec<String> {
    call.pairs
        .iter()
        .filter(|(k, _)| k == "include" || k.starts_with("include["))
        .flat_map(|(_, v)| v.split(',').map(str::to_owned))
        .collect()
}

fn list(tenant: &Tenant, call: &Call<'_>, target: &Target) -> Result<Answer, ApiError> {
    let query = listing::parse(call.op, &call.pairs)?;
    let schema = tenant
        .catalog
        .response(call.op, 200)
        .cloned()
        .unwrap_or(Value::Null);
    // The collection is made (if new) under the write lock, the page chosen
    // under a read lock and the records presented (checked against the
    // schema, the costly part) after it is let go, so listings asked side by
    // side are served side by side.
    let key = prepare(tenant, &mut tenant.lock(), target, &call.path)?;
    let mut body = {
        let store = tenant.read();
        let Some(collection) = store.collections.get(&key) else {
            return Ok((StatusCode::OK, Some(tenant.synth_one(&key, &schema))));
        };
        match schema.get("type").and_then(Value::as_str) {
            Some("array") => Value::Array(
                collection
                    .records
                    .iter()
                    .take(query.per_page)
                    .map(|(k, r)| collection.full(k, r))
                    .collect(),
            ),
            Some("number") => return Ok((StatusCode::OK, Some(json!(collection.records.len())))),
            _ => {
                let has_meta = schema
                    .get("properties")
                    .and_then(|p| p.get("meta"))
                    .is_some();
                listing::page(call.op, collection, &query, &call.origin, has_meta)?
            }
        }
    };
    let records = match &mut body {
        Value::Array(records) => Some(records),
        other => other.get_mut("data").and_then(Value::as_array_mut),
    };
    for record in records.into_iter().flatten() {
        *record = present(tenant, call.op, &query.includes, std::mem::take(record));
    }
    Ok((StatusCode::OK, Some(body)))
}

/// The key of a singleton resource (`settings`, `charge-points/7/status`).
fn singleton_key(target: &Target, values: &HashMap<String, String>) -> String {
    format!("singleton {}", target.key(values))
}

fn singleton<'s>(
    tenant: &Tenant,
    store: &'s mut Store,
    call: &Call<'_>,
    target: &Target,
) -> Result<&'s mut Value, ApiError> {
    let key = singleton_key(target, &call.path);
    if !store.singletons.contains_key(&key) {
        if depth(&target.template) > 0 {
            prepare_parents_only(tenant, store, target, &call.path)?;
        }
        let read = ampeco::generated::OPERATIONS
            .iter()
            .find(|op| {
                op.kind == OperationKind::Read
                    && crate::catalog::target(op).template == target.template
            })
            .unwrap_or(call.op);
        let schema = tenant
            .catalog
            .response(read, 200)
            .cloned()
            .unwrap_or(json!({"type": "object"}));
        let record = crate::catalog::record_schema(read.kind, &schema).unwrap_or(schema);
        let mut made = tenant.synth_one(&key, &record);
        crate::network::story_singleton(read, &mut made);
        store.singletons.insert(key.clone(), made);
    }
    Ok(store.singletons.get_mut(&key).expect("inserted above"))
}

fn prepare_parents_only(
    tenant: &Tenant,
    store: &mut Store,
    target: &Target,
    values: &HashMap<String, String>,
) -> Result<(), ApiError> {
    let parent = Target {
        template: format!(
            "{}/{{}}",
            target
                .template
                .rsplit_once("/{}")
                .map_or("", |(head, _)| head)
        ),
        params: target.params.clone(),
        item_param: None,
    };
    let template = parent.template.trim_end_matches("/{}").to_owned();
    if template.is_empty() || !tenant.catalog.collections.contains_key(&template) {
        return Ok(());
    }
    let parent_param = target.params.last().ok_or_else(ApiError::not_found)?;
    let owner = Target {
        template: template.clone(),
        params: target.params[..target.params.len() - 1].to_vec(),
        item_param: None,
    };
    let key = prepare(tenant, store, &owner, values)?;
    let id = values.get(*parent_param).ok_or_else(ApiError::not_found)?;
    if store.get(&key, &IdKey::parse(id)).is_none() {
        return Err(ApiError::not_found());
    }
    Ok(())
}

fn read(tenant: &Tenant, call: &Call<'_>, target: &Target) -> Result<Answer, ApiError> {
    let includes = includes_of(call);
    let mut store = tenant.lock();
    let record = match target.item_param {
        Some(param) => {
            let key = prepare(tenant, &mut store, target, &call.path)?;
            let id = IdKey::parse(call.path.get(param).map(String::as_str).unwrap_or(""));
            store.full(&key, &id).ok_or_else(ApiError::not_found)?
        }
        None => singleton(tenant, &mut store, call, target)?.clone(),
    };
    let record = present(tenant, call.op, &includes, record);
    let schema = tenant.catalog.response(call.op, 200);
    let body = match schema.and_then(|s| s.get("type")).and_then(Value::as_str) {
        Some("number") => Some(json!(record.as_f64().unwrap_or(0.0))),
        _ => shaped(tenant, call.op, 200, Some(&record)),
    };
    Ok((StatusCode::OK, body))
}

fn now() -> String {
    format_datetime(OffsetDateTime::now_utc())
}

fn stamp(record: &mut Value, created: bool) {
    if let Value::Object(map) = record {
        if created && map.contains_key("createdAt") {
            map.insert("createdAt".into(), json!(now()));
        }
        if map.contains_key("lastUpdatedAt") || created {
            map.insert("lastUpdatedAt".into(), json!(now()));
        }
    }
}

const EMAIL: &str = "email";
const EMAIL_VERIFIED: &str = "emailVerified";

/// An address the API has just been given is not verified yet: a created record's
/// `emailVerified` (the spec: a nullable "ISO 8601 formatted date") is null, not whatever
/// was synthesized for it, and an update that changes `email` clears it again. A caller
/// that writes `emailVerified` itself keeps what it wrote. `email_before` is None on create.
fn unverify_new_email(record: &mut Value, email_before: Option<&Value>, body: Option<&Value>) {
    let Value::Object(map) = record else {
        return;
    };
    if !map.contains_key(EMAIL_VERIFIED) || body.is_some_and(|b| b.get(EMAIL_VERIFIED).is_some()) {
        return;
    }
    let is_new = match email_before {
        None => true,
        Some(before) => map.get(EMAIL) != Some(before),
    };
    if is_new {
        map.insert(EMAIL_VERIFIED.into(), Value::Null);
    }
}

fn merge(into: &mut Value, from: &Value) {
    if let (Value::Object(target), Value::Object(source)) = (into, from) {
        for (key, value) in source {
            if key != "id" {
                let key = record_key(target, key);
                target.insert(key, value.clone());
            }
        }
    }
}

/// Some operations take fields in snake_case (`first_name`) and answer them in
/// camelCase (`firstName`): a written field is kept under the name the records use.
fn record_key(record: &Map<String, Value>, key: &str) -> String {
    if key.contains('_') && !record.contains_key(key) {
        let mut camel = String::with_capacity(key.len());
        let mut upper = false;
        for c in key.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                camel.extend(c.to_uppercase());
                upper = false;
            } else {
                camel.push(c);
            }
        }
        if record.contains_key(&camel) {
            return camel;
        }
    }
    key.to_owned()
}

fn success(op: &Operation) -> u16 {
    op.success.first().copied().unwrap_or(200)
}

fn create(tenant: &Tenant, call: &Call<'_>, target: &Target) -> Result<Answer, ApiError> {
    validate(call)?;
    let mut store = tenant.lock();
    let key = prepare(tenant, &mut store, target, &call.path)?;
    let schemas = tenant
        .catalog
        .collections
        .get(&target.template)
        .map(|s| s.record_schemas.clone())
        .unwrap_or_default();
    let collection = store.collection_mut(&key);
    let mut rng = tenant.rng(&format!("create {key} {}", collection.next_id()));
    let mut record = tenant.synth_merged(&mut rng, &target.template, &schemas);
    if let Some(body) = &call.body {
        merge(&mut record, body);
    }
    unverify_new_email(&mut record, None, call.body.as_ref());
    stamp(&mut record, true);
    let mut record = collection.insert_new(record);
    drop(store);
    crate::conform::conform(tenant, call.op, &mut record);
    let status = success(call.op);
    Ok((
        StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED),
        shaped(tenant, call.op, status, Some(&record)),
    ))
}

/// Keeps what the caller cannot write (id, timestamps, read-only fields) and
/// replaces the rest with `body`.
fn replace(record: &mut Value, body: &Value, writable: &Map<String, Value>) {
    if let Value::Object(map) = record {
        let written: Vec<String> = writable.keys().map(|key| record_key(map, key)).collect();
        map.retain(|key, _| !written.contains(key));
    }
    merge(record, body);
}

fn update(tenant: &Tenant, call: &Call<'_>, target: &Target) -> Result<Answer, ApiError> {
    validate(call)?;
    let body = call.body.clone().unwrap_or_else(|| json!({}));
    let writable = call
        .op
        .body_schema
        .and_then(|id| tenant.request_schemas_json.get(id))
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut store = tenant.lock();
    let record = match target.item_param {
        Some(param) => {
            let key = prepare(tenant, &mut store, target, &call.path)?;
            let id = IdKey::parse(call.path.get(param).map(String::as_str).unwrap_or(""));
            // A layered record becomes a whole one before it changes.
            let full = store.full(&key, &id).ok_or_else(ApiError::not_found)?;
            let record = store.get_mut(&key, &id).ok_or_else(ApiError::not_found)?;
            *record = full;
            record
        }
        None => singleton(tenant, &mut store, call, target)?,
    };
    let email_before = record.get(EMAIL).cloned();
    if body.is_object() {
        if call.op.method == Method::Put {
            replace(record, &body, &writable);
        } else {
            merge(record, &body);
        }
    }
    unverify_new_email(record, email_before.as_ref(), Some(&body));
    stamp(record, false);
    let mut record = record.clone();
    drop(store);
    crate::conform::conform(tenant, call.op, &mut record);
    let status = success(call.op);
    let answer = if status == 204 {
        None
    } else {
        shaped(tenant, call.op, status, Some(&record))
    };
    Ok((
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        answer,
    ))
}

fn delete(tenant: &Tenant, call: &Call<'_>, target: &Target) -> Result<Answer, ApiError> {
    let mut store = tenant.lock();
    match target.item_param {
        Some(param) => {
            let key = prepare(tenant, &mut store, target, &call.path)?;
            let id = IdKey::parse(call.path.get(param).map(String::as_str).unwrap_or(""));
            store
                .collection_mut(&key)
                .records
                .remove(&id)
                .ok_or_else(ApiError::not_found)?;
        }
        None => {
            singleton(tenant, &mut store, call, target)?;
            store.singletons.remove(&singleton_key(target, &call.path));
        }
    }
    Ok((StatusCode::NO_CONTENT, None))
}
