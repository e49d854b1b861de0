//! The generated operation table is complete and consistent with its schemas.

use std::collections::BTreeSet;

use ampeco::generated::{
    operation, ActionOperation, CreateOperation, DeleteOperation, ListOperation, OtherOperation,
    ReadOperation, UpdateOperation, OPERATIONS, REQUEST_SCHEMAS_JSON, RESPONSE_SCHEMAS_JSON,
};
use ampeco::operation::OperationKind;
use serde_json::Value;

fn schemas(json: &str) -> serde_json::Map<String, Value> {
    let Value::Object(mut map) = serde_json::from_str(json).expect("generated JSON parses") else {
        panic!("generated schemas are a JSON object");
    };
    assert!(
        map.remove("$comment").is_some(),
        "the file carries its generated header"
    );
    map
}

#[test]
fn the_table_has_every_operation_once_sorted_by_id() {
    assert_eq!(OPERATIONS.len(), 452);
    let ids: Vec<&str> = OPERATIONS.iter().map(|op| op.id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(
        ids, sorted,
        "ids are unique and sorted, so `operation` can binary-search"
    );
    for op in OPERATIONS {
        assert_eq!(operation(op.id).map(|found| found.id), Some(op.id));
    }
    assert!(operation("noSuchOperation").is_none());
}

#[test]
fn each_id_enum_holds_exactly_the_operations_of_its_kind() {
    fn check<T: Copy + serde::Serialize>(
        all: &[T],
        kind: OperationKind,
        id: fn(T) -> &'static str,
        op: fn(T) -> &'static ampeco::Operation,
    ) -> usize {
        for &variant in all {
            assert_eq!(op(variant).id, id(variant));
            assert_eq!(op(variant).kind, kind, "{}", id(variant));
            assert_eq!(
                serde_json::to_value(variant).unwrap(),
                Value::from(id(variant))
            );
        }
        assert_eq!(
            all.len(),
            OPERATIONS.iter().filter(|o| o.kind == kind).count(),
            "{kind:?}"
        );
        all.len()
    }
    let total = check(
        ListOperation::ALL,
        OperationKind::List,
        ListOperation::id,
        ListOperation::operation,
    ) + check(
        ReadOperation::ALL,
        OperationKind::Read,
        ReadOperation::id,
        ReadOperation::operation,
    ) + check(
        CreateOperation::ALL,
        OperationKind::Create,
        CreateOperation::id,
        CreateOperation::operation,
    ) + check(
        UpdateOperation::ALL,
        OperationKind::Update,
        UpdateOperation::id,
        UpdateOperation::operation,
    ) + check(
        DeleteOperation::ALL,
        OperationKind::Delete,
        DeleteOperation::id,
        DeleteOperation::operation,
    ) + check(
        ActionOperation::ALL,
        OperationKind::Action,
        ActionOperation::id,
        ActionOperation::operation,
    ) + check(
        OtherOperation::ALL,
        OperationKind::Other,
        OtherOperation::id,
        OtherOperation::operation,
    );
    assert_eq!(total, OPERATIONS.len());

    let parsed: ListOperation = serde_json::from_str("\"usersListing\"").unwrap();
    assert_eq!(parsed.operation().path, "/public-api/resources/users/v1.0");
    assert!(serde_json::from_str::<ListOperation>("\"userDelete\"").is_err());
}

#[test]
fn every_body_schema_key_exists_and_every_request_schema_compiles() {
    let requests = schemas(REQUEST_SCHEMAS_JSON);
    let keys: BTreeSet<&str> = OPERATIONS.iter().filter_map(|op| op.body_schema).collect();
    assert_eq!(
        keys,
        requests.keys().map(String::as_str).collect::<BTreeSet<_>>()
    );
    for (key, schema) in &requests {
        jsonschema::meta::validate(schema).unwrap_or_else(|e| panic!("{key}: {e}"));
        jsonschema::validator_for(schema).unwrap_or_else(|e| panic!("{key}: {e}"));
    }
}

#[test]
fn every_response_schema_compiles_for_a_declared_status() {
    let responses = schemas(RESPONSE_SCHEMAS_JSON);
    for (id, by_status) in &responses {
        let op = operation(id).unwrap_or_else(|| panic!("{id} is in the table"));
        for (status, schema) in by_status.as_object().expect("keyed by status") {
            assert!(
                op.success.contains(&status.parse().unwrap()),
                "{id} {status}"
            );
            jsonschema::validator_for(schema).unwrap_or_else(|e| panic!("{id} {status}: {e}"));
        }
    }
}

#[test]
fn deprecated_operations_point_to_live_replacements() {
    for op in OPERATIONS.iter().filter(|op| op.replaced_by.is_some()) {
        assert!(op.deprecated, "{}", op.id);
        let new = operation(op.replaced_by.unwrap()).expect("replacement is in the table");
        assert!(!new.deprecated, "{} → {}", op.id, new.id);
        // Same kind; the method may differ (a PUT replaced by a PATCH of the same summary).
        assert_eq!(new.kind, op.kind, "{} → {}", op.id, new.id);
    }
    let replaced = OPERATIONS
        .iter()
        .filter(|op| op.replaced_by.is_some())
        .count();
    let deprecated = OPERATIONS.iter().filter(|op| op.deprecated).count();
    assert!(
        replaced * 2 > deprecated,
        "{replaced} of {deprecated} deprecated have a replacement"
    );
}
