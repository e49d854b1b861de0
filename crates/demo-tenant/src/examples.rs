//! Example requests for every operation of the table, with ids that exist in
//! the seeded network, in an order that never reads a record the run deleted.
//! The sweep and Prism tests send them through the client; `demo-tenant
//! --print-examples` hands them to the end-to-end test that performs every
//! change through the app's own forms.

use std::collections::BTreeMap;

use crate::catalog::target;
use ampeco::generated::{OPERATIONS, REQUEST_SCHEMAS_JSON};
use ampeco::operation::{Operation, OperationKind, ValueType};
use ampeco::OperationRequest;
use serde_json::{json, Map, Value};

/// How a `{date}` path segment is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSegments {
    /// With a record id, as the demo stores dated price periods.
    RecordIds,
    /// With a calendar date, as the spec declares (`format: date`).
    CalendarDates,
}

/// A path value that exists in the seeded network: ids start at 1 in every
/// collection; enumerated segments take their first value. A `date` segment
/// (`format: date`) takes a date.
fn path_values(op: &Operation, dates: DateSegments) -> OperationRequest {
    OperationRequest::with_path(op.path_params.iter().map(|param| {
        let value = match (param.enum_values.first(), param.value_type) {
            (Some(first), _) => json!(first),
            (None, _) if param.name == "date" && dates == DateSegments::CalendarDates => {
                json!("2026-01-01")
            }
            (None, ValueType::Integer | ValueType::Number) => json!(1),
            (None, _) => json!("1"),
        };
        (param.name, value)
    }))
}

/// The required query parameters only, each with a plain valid value.
fn minimal_query(op: &Operation) -> Map<String, Value> {
    op.query
        .iter()
        .filter(|field| field.required)
        .map(|field| {
            let value = match (field.enum_values.first(), field.value_type, field.format) {
                (Some(first), _, _) => json!(first),
                (_, _, Some("date-time")) => json!("2026-01-01T00:00:00Z"),
                (_, _, Some("date")) => json!("2026-01-01"),
                (_, ValueType::Integer | ValueType::Number, _) => json!(1),
                (_, ValueType::Boolean, _) => json!(true),
                _ => json!("1"),
            };
            (field.name.to_owned(), value)
        })
        .collect()
}

/// Example requests for every operation, in sending order: deletes last so
/// nothing later reads a removed record, nested records before their
/// parents, and twins of one resource in different versions each deleting a
/// record of their own.
pub fn example_requests(dates: DateSegments) -> Vec<(&'static Operation, OperationRequest)> {
    let bodies: Map<String, Value> = serde_json::from_str(REQUEST_SCHEMAS_JSON).unwrap();
    let mut order: Vec<&'static Operation> = OPERATIONS.iter().collect();
    order.sort_by_key(|op| {
        let deletes = op.kind == OperationKind::Delete;
        (
            deletes,
            deletes.then_some(std::cmp::Reverse(op.path_params.len())),
        )
    });
    let mut deleted: BTreeMap<String, u64> = BTreeMap::new();
    order
        .into_iter()
        .enumerate()
        .map(|(index, op)| {
            let mut request = path_values(op, dates);
            let item = target(op)
                .item_param
                .filter(|item| *item != "date" || dates == DateSegments::RecordIds);
            if let (OperationKind::Delete, Some(item)) = (op.kind, item) {
                let count = deleted.entry(target(op).template).or_default();
                *count += 1;
                let named = op
                    .path_params
                    .iter()
                    .find(|p| p.name == item)
                    .map(|p| p.enum_values);
                let value = match named.and_then(|values| values.get(*count as usize - 1)) {
                    Some(name) => json!(name),
                    None => json!(*count),
                };
                request.path.insert(item.to_owned(), value);
            }
            request.query.params = minimal_query(op);
            if let Some(schema) = op.body_schema.and_then(|id| bodies.get(id)) {
                request.body = Some(crate::synth::example(schema, index as u64));
            }
            (op, request)
        })
        .collect()
}

/// The example requests as JSON, in sending order: one object per operation
/// with its id, kind, path values (and their order in the path) and body (null
/// when it takes none).
pub fn example_plan(dates: DateSegments) -> Value {
    Value::Array(
        example_requests(dates)
            .into_iter()
            .map(|(op, request)| {
                json!({
                    "operationId": op.id,
                    "kind": kind_name(op.kind),
                    "path": request.path,
                    // `path` is keyed alphabetically; this is the order of the template.
                    "pathOrder": op.path_params.iter().map(|p| p.name).collect::<Vec<_>>(),
                    "query": request.query.params,
                    "body": request.body,
                })
            })
            .collect(),
    )
}

fn kind_name(kind: OperationKind) -> &'static str {
    match kind {
        OperationKind::List => "list",
        OperationKind::Read => "read",
        OperationKind::Create => "create",
        OperationKind::Update => "update",
        OperationKind::Delete => "delete",
        OperationKind::Action => "action",
        OperationKind::Other => "other",
    }
}
