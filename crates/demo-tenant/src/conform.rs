//! Makes each record match the response schema of the operation that sends it.
//!
//! Versions of a resource share one stored record, but their schemas differ
//! in places (`address` an object in v1.0, a list of translations in v2.0;
//! `phases` `"1"`/`"3"` versus `single_phase`), and records created through
//! the API hold whatever the request schema allowed. Before a record leaves,
//! it is checked against the answering operation's record schema; each
//! top-level field that fails is replaced by one synthesized for that schema.

use std::sync::Arc;

use ampeco::operation::Operation;
use jsonschema::error::ValidationErrorKind;
use jsonschema::Validator;
use serde_json::Value;

use crate::catalog::{properties_of, property, record_schema};
use crate::tenant::Tenant;

/// Passes over one record; each pass fixes every field it finds broken.
const PASSES: usize = 3;

/// What one schema error says needs replacing.
#[derive(Debug, PartialEq, Eq)]
enum Broken {
    /// A field whose value is wrong.
    Field(String),
    /// A required field that is absent.
    Missing(String),
    /// The record as a whole (e.g. not even an object).
    Whole,
}

type Compiled = Option<Arc<(Value, Validator)>>;

/// The record schema of `op`, compiled once per tenant.
fn schema(tenant: &Tenant, op: &'static Operation) -> Compiled {
    let mut compiled = tenant
        .record_validators
        .lock()
        .unwrap_or_else(|poison| poison.into_inner());
    compiled
        .entry(op.id)
        .or_insert_with(|| {
            let status = op.success.first().copied().unwrap_or(200);
            let schema = record_schema(op.kind, tenant.catalog.response(op, status)?)?;
            let validator = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .build(&schema)
                .ok()?;
            Some(Arc::new((schema, validator)))
        })
        .clone()
}

/// Replaces the fields of `record` that break `op`'s record schema.
pub fn conform(tenant: &Tenant, op: &'static Operation, record: &mut Value) {
    let Some(compiled) = schema(tenant, op) else {
        return;
    };
    let (schema, validator) = &*compiled;
    // Fields only other versions of the resource declare stay out of this
    // version's answer.
    let declared = properties_of(schema);
    if let (false, Value::Object(map)) = (declared.is_empty(), &mut *record) {
        map.retain(|name, _| declared.iter().any(|(known, _)| *known == name));
    }
    for pass in 0..PASSES {
        let broken: Vec<Broken> = validator
            .iter_errors(record)
            .map(|error| {
                let path = error.instance_path().to_string();
                match (path.split('/').nth(1), error.kind()) {
                    (Some(field), _) if !field.is_empty() => {
                        Broken::Field(field.replace("~1", "/").replace("~0", "~"))
                    }
                    (_, ValidationErrorKind::Required { property }) => property
                        .as_str()
                        .map_or(Broken::Whole, |p| Broken::Missing(p.to_owned())),
                    _ => Broken::Whole,
                }
            })
            .collect();
        if broken.is_empty() {
            return;
        }
        let id = record.get("id").cloned();
        let purpose = format!(
            "conform {} {} {pass}",
            op.id,
            id.clone().unwrap_or_default()
        );
        let mut rng = tenant.rng(&purpose);
        let mut synth = tenant.synth(&mut rng, op.path);
        for broken in broken {
            let Some(map) = record.as_object_mut().filter(|_| broken != Broken::Whole) else {
                *record = synth.record(schema);
                if let (Some(id), Some(map)) = (id.clone(), record.as_object_mut()) {
                    map.insert("id".to_owned(), id);
                }
                continue;
            };
            match broken {
                Broken::Field(field) | Broken::Missing(field)
                    if property(schema, &field).is_some() =>
                {
                    let value = synth.value(property(schema, &field).expect("checked"), &field, 1);
                    map.insert(field, value);
                }
                // Required but never declared (a spec defect): fill it by its name alone.
                Broken::Missing(field) => {
                    let value = synth.value(&Value::Null, &field, 1);
                    map.insert(field, value);
                }
                Broken::Field(field) => {
                    map.remove(&field);
                }
                Broken::Whole => {}
            }
        }
    }
}
