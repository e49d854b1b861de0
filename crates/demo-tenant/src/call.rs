//! One request matched to its operation, its answer, and the steps every kind
//! of operation shares: checking the body against the request schema and
//! shaping a success answer as the response schema says. Both the resource
//! operations ([`crate::api`]) and the actions ([`crate::actions`]) use them.

use std::collections::HashMap;

use ampeco::operation::Operation;
use ampeco::validate::RequestSchemas;
use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::errors::ApiError;
use crate::listing::Origin;
use crate::tenant::Tenant;

/// An answer: status and optional JSON body.
pub type Answer = (StatusCode, Option<Value>);

/// One request, already matched to its operation.
pub struct Call<'a> {
    pub op: &'static Operation,
    pub path: HashMap<String, String>,
    pub pairs: Vec<(String, String)>,
    pub body: Option<Value>,
    pub origin: Origin,
    pub schemas: &'a RequestSchemas,
}

/// Checks the body against the operation's request schema, as the API does.
pub fn validate(call: &Call<'_>) -> Result<(), ApiError> {
    let Some(schema_id) = call.op.body_schema else {
        return Ok(());
    };
    let Some(body) = &call.body else {
        if call.op.body_required {
            return Err(ApiError::invalid("body", "A request body is required."));
        }
        return Ok(());
    };
    match call.schemas.validate(schema_id, body) {
        Ok(()) => Ok(()),
        Err(ampeco::Error::Validation { message, errors }) => {
            Err(ApiError::validation(message, errors))
        }
        Err(other) => Err(ApiError::message(
            StatusCode::INTERNAL_SERVER_ERROR,
            &other.to_string(),
        )),
    }
}

/// The body for a success answer, shaped as the operation's response schema.
pub fn shaped(
    tenant: &Tenant,
    op: &Operation,
    status: u16,
    record: Option<&Value>,
) -> Option<Value> {
    let schema = tenant.catalog.response(op, status)?;
    let properties = schema.get("properties");
    let has = |name: &str| properties.and_then(|p| p.get(name)).is_some();
    match record {
        Some(record) if has("data") && !has("meta") => Some(json!({ "data": record })),
        // A few single-record answers come in a listing's envelope: one page
        // holding just this record.
        Some(record) if has("data") => Some(json!({
            "data": record,
            "links": { "first": null, "last": null, "prev": null, "next": null },
            "meta": { "path": "", "per_page": 1, "next_cursor": null, "prev_cursor": null },
        })),
        Some(record) if record.get("id").is_some() && has("id") => Some(record.clone()),
        _ => Some(tenant.synth_one(&format!("answer {}", op.id), schema)),
    }
}
