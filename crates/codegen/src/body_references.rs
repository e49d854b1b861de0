//! Which request body fields the forms may offer as record pickers.
//!
//! A form widget knows only its field's name, not the operation or the object
//! around it, so a name qualifies only when it means the same wherever a
//! request body has it, at any depth and in every operation, actions included:
//! each occurrence resolves (by [`crate::references`], for the operation's
//! resource) to the same top-level resource. A name that is plain somewhere
//! (`vendorId` of a vendor error code is the vendor's own text), or points at a
//! nested resource (whose listing needs parent ids the widget cannot read),
//! stays a plain input everywhere. An older resource version and its
//! replacement count as one target, the current one.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::references::{is_id_field, Resolver};

/// A request body of one operation: the resource it belongs to, if known, and
/// its converted JSON Schema.
pub struct Body<'a> {
    pub resource: Option<&'a str>,
    pub schema: &'a Value,
}

/// Field name → (target resource, many) for every name that qualifies.
/// `replaced_by` maps an older resource version to its replacement.
pub fn body_references(
    bodies: &[Body],
    resolver: &Resolver,
    replaced_by: &BTreeMap<String, String>,
) -> BTreeMap<String, (String, bool)> {
    // Per field name: every target it resolved to, None for a plain occurrence.
    let mut seen: BTreeMap<String, (BTreeSet<Option<String>>, bool)> = BTreeMap::new();
    for body in bodies {
        visit(body.schema, &mut |fields| {
            for field in fields.iter().filter(|f| is_id_field(f)) {
                let target = body
                    .resource
                    .and_then(|resource| resolver.resolve(resource, field, fields))
                    .filter(|r| r.path.is_empty());
                let entry = seen.entry(field.to_string()).or_default();
                entry.1 = target.as_ref().is_some_and(|r| r.many);
                entry.0.insert(target.map(|r| r.resource));
            }
        });
    }
    seen.into_iter()
        .filter_map(|(field, (targets, many))| {
            let keys: BTreeSet<String> = targets
                .into_iter()
                .map(|t| t.map(|key| replaced_by.get(&key).cloned().unwrap_or(key)))
                .collect::<Option<_>>()?;
            match keys.into_iter().collect::<Vec<_>>().as_slice() {
                [only] => Some((field, (only.clone(), many))),
                _ => None,
            }
        })
        .collect()
}

/// Calls `each` with the property names of every object schema under `schema`.
fn visit(schema: &Value, each: &mut dyn FnMut(&BTreeSet<&str>)) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                let names: BTreeSet<&str> = props.keys().map(String::as_str).collect();
                each(&names);
            }
            for value in map.values() {
                visit(value, each);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| visit(item, each)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::references::{Alias, Target};
    use serde_json::json;

    fn targets() -> Vec<Target> {
        let top = |key: &str| Target {
            key: key.into(),
            parent_params: Vec::new(),
        };
        vec![
            top("users"),
            top("charge-points"),
            top("cp-vendors"),
            top("charge-point-vendors"),
            top("evses"),
            Target {
                key: "charge-points.evses.connectors".into(),
                parent_params: vec!["chargePoint".into(), "evse".into()],
            },
        ]
    }

    fn object(fields: &[&str]) -> Value {
        let props: serde_json::Map<String, Value> = fields
            .iter()
            .map(|f| (f.to_string(), json!({"type": "integer"})))
            .collect();
        json!({"type": "object", "properties": props})
    }

    fn run(bodies: &[(Option<&str>, Value)]) -> BTreeMap<String, (String, bool)> {
        let targets = targets();
        let resolver = Resolver::with_tables(&targets, &[], &[]);
        let bodies: Vec<Body> = bodies
            .iter()
            .map(|(resource, schema)| Body {
                resource: *resource,
                schema,
            })
            .collect();
        let replaced =
            BTreeMap::from([("cp-vendors".to_string(), "charge-point-vendors".to_string())]);
        body_references(&bodies, &resolver, &replaced)
    }

    #[test]
    fn names_that_always_point_at_one_resource_qualify_at_any_depth() {
        let nested = json!({"type": "object", "properties": {"rows": {"type": "array", "items": object(&["userId", "evseIds"])}}});
        let found = run(&[
            (Some("charge-points"), nested),
            (Some("users"), object(&["userId"])),
        ]);
        assert_eq!(found.get("userId"), Some(&("users".to_string(), false)));
        assert_eq!(found.get("evseIds"), Some(&("evses".to_string(), true)));
    }

    #[test]
    fn a_name_plain_anywhere_or_pointing_at_a_nested_resource_does_not() {
        let found = run(&[
            (
                Some("sessions"),
                object(&["userId", "connectorId", "chargePointId", "evseId"]),
            ),
            (None, object(&["userId"])),
        ]);
        assert_eq!(found.get("userId"), None);
        assert_eq!(found.get("connectorId"), None);
        assert_eq!(
            found.get("chargePointId"),
            Some(&("charge-points".to_string(), false))
        );
    }

    #[test]
    fn an_older_version_and_its_replacement_count_as_the_current_one() {
        const VENDORS: &[Alias] = &[
            Alias {
                field: "vendorId",
                on: &["cp-models"],
                target: "cp-vendors",
                why: "test",
            },
            Alias {
                field: "vendorId",
                on: &["charge-point-models"],
                target: "charge-point-vendors",
                why: "test",
            },
        ];
        let targets = targets();
        let resolver = Resolver::with_tables(&targets, VENDORS, &[]);
        let body = object(&["vendorId"]);
        let replaced =
            BTreeMap::from([("cp-vendors".to_string(), "charge-point-vendors".to_string())]);
        let bodies = [
            Body {
                resource: Some("cp-models"),
                schema: &body,
            },
            Body {
                resource: Some("charge-point-models"),
                schema: &body,
            },
        ];
        let found = body_references(&bodies, &resolver, &replaced);
        assert_eq!(
            found.get("vendorId"),
            Some(&("charge-point-vendors".to_string(), false))
        );
        // Without the replacement the two targets disagree.
        let found = body_references(&bodies, &resolver, &BTreeMap::new());
        assert_eq!(found.get("vendorId"), None);
    }
}
