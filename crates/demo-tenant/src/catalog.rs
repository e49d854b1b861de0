//! What the operation table says about stored collections.
//!
//! Every operation addresses either a collection (`charge-points/{}/evses`), one
//! record of it, or a singleton (`settings`). Path versions are dropped from the
//! key, so `v1.0`, `v2.0` and `v2.1` of a resource share one collection: their
//! record shapes overlap closely, and a record created through one version is
//! then visible through the others, as on a real tenant.

use std::collections::HashMap;

use ampeco::generated::{record_param, OPERATIONS, RESPONSE_SCHEMAS_JSON};
use ampeco::operation::{Operation, OperationKind};
use serde_json::{Map, Value};

/// How an operation's path maps onto the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Versionless template with `{}` for parameters, e.g. `charge-points/{}/evses`.
    pub template: String,
    /// Names of the path parameters that fill the template's `{}`, in order.
    pub params: Vec<&'static str>,
    /// The parameter naming one record of the collection, if the path ends in one.
    pub item_param: Option<&'static str>,
}

impl Target {
    /// The concrete key, e.g. `charge-points/7/evses`, from the path values.
    pub fn key(&self, values: &HashMap<String, String>) -> String {
        let mut out = String::with_capacity(self.template.len() + 8);
        let mut params = self.params.iter();
        for (index, part) in self.template.split("{}").enumerate() {
            if index > 0 {
                if let Some(name) = params.next() {
                    out.push_str(values.get(*name).map(String::as_str).unwrap_or(""));
                }
            }
            out.push_str(part);
        }
        out
    }
}

pub fn is_version(segment: &str) -> bool {
    segment.starts_with('v')
        && segment[1..].contains('.')
        && segment[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The store target of `op`. Actions address the resource they act on by their
/// path, which is not a collection: they get a template under `actions/`.
pub fn target(op: &'static Operation) -> Target {
    let path = op.path.trim_start_matches("/public-api/");
    let mut segments: Vec<&'static str> = path.split('/').filter(|s| !is_version(s)).collect();
    if segments.first() == Some(&"resources") {
        segments.remove(0);
    }
    // The generated table names the parameter of the record an operation addresses; it is
    // the path's last segment, which the collection's template leaves out.
    let item_param = record_param(op.id);
    if item_param.is_some() {
        segments.pop();
    }
    let mut params = Vec::new();
    let template = segments
        .iter()
        .map(|segment| {
            if segment.starts_with('{') {
                params.push(&segment[1..segment.len() - 1]);
                "{}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/");
    Target {
        template,
        params,
        item_param,
    }
}

/// The `{}` count of a template: 0 for top-level collections.
pub fn depth(template: &str) -> usize {
    template.matches("{}").count()
}

/// Version of an operation's path as a sortable number (`v2.1` → 201).
fn version_rank(op: &Operation) -> u32 {
    op.path
        .split('/')
        .find(|s| is_version(s))
        .and_then(|s| {
            let (major, minor) = s[1..].split_once('.')?;
            Some(major.parse::<u32>().ok()? * 100 + minor.parse::<u32>().ok()?)
        })
        .unwrap_or(0)
}

/// What the demo knows about one collection template.
#[derive(Debug, Default)]
pub struct CollectionSpec {
    /// Record schemas from every operation on the collection, listing of the
    /// newest version first.
    pub record_schemas: Vec<Value>,
    /// Whether record ids are strings in the schema (some are, e.g. users).
    pub id_is_string: bool,
    /// For records named by an enumerated field instead of an `id` (a
    /// circuit's consumption by `phase`, price periods by `weekDay`): the field
    /// and its values.
    pub key_field: Option<(&'static str, &'static [&'static str])>,
}

/// Response schemas by operation id and status, and the collection specs.
pub struct Catalog {
    pub responses: Map<String, Value>,
    pub collections: HashMap<String, CollectionSpec>,
}

impl Catalog {
    pub fn load() -> Catalog {
        let mut responses: Map<String, Value> = serde_json::from_str(RESPONSE_SCHEMAS_JSON)
            .expect("generated response schemas are JSON");
        responses.retain(|key, _| !key.starts_with('$'));
        let mut ranked: Vec<&'static Operation> = OPERATIONS.iter().collect();
        ranked.sort_by_key(|op| {
            (
                op.kind != OperationKind::List,
                std::cmp::Reverse(version_rank(op)),
            )
        });
        let mut collections: HashMap<String, CollectionSpec> = HashMap::new();
        for op in ranked {
            if op.kind == OperationKind::Action {
                continue;
            }
            let target = target(op);
            let singleton = target.item_param.is_none()
                && matches!(
                    op.kind,
                    OperationKind::Read | OperationKind::Update | OperationKind::Delete
                );
            if singleton {
                continue;
            }
            let success = op.success.first().copied().unwrap_or(200).to_string();
            let schema = responses.get(op.id).and_then(|codes| codes.get(&success));
            let Some(record) = schema.and_then(|s| record_schema(op.kind, s)) else {
                continue;
            };
            let spec = collections.entry(target.template).or_default();
            if spec.record_schemas.is_empty() {
                spec.id_is_string = property(&record, "id")
                    .and_then(|id| id.get("type"))
                    .is_some_and(|t| {
                        t == "string"
                            || t.as_array()
                                .is_some_and(|a| a.contains(&Value::from("string")))
                    });
            }
            if !spec.record_schemas.contains(&record) {
                spec.record_schemas.push(record);
            }
        }
        for op in OPERATIONS {
            let target = target(op);
            let Some(item) = target.item_param else {
                continue;
            };
            let Some(param) = op.path_params.iter().find(|p| p.name == item) else {
                continue;
            };
            let Some(spec) = collections.get_mut(&target.template) else {
                continue;
            };
            let named = spec.record_schemas.first().is_some_and(|record| {
                property(record, "id").is_none() && property(record, item).is_some()
            });
            if named && !param.enum_values.is_empty() {
                spec.key_field = Some((item, param.enum_values));
            }
        }
        Catalog {
            responses,
            collections,
        }
    }

    /// The response schema `op` declares for `status`.
    pub fn response(&self, op: &Operation, status: u16) -> Option<&Value> {
        self.responses.get(op.id)?.get(status.to_string())
    }
}

/// The schema of one record inside a response: the items of a listing's
/// `data`, the `data` of a single-record answer, or the answer itself when it
/// is a bare record with an `id`.
pub fn record_schema(kind: OperationKind, response: &Value) -> Option<Value> {
    let data = property(response, "data");
    match (kind, data) {
        (OperationKind::List, Some(data)) => data.get("items").cloned(),
        (OperationKind::List, None) => response.get("items").cloned(),
        (_, Some(data)) if data.get("items").is_none() => Some(data.clone()),
        (_, None) if property(response, "id").is_some() => Some(response.clone()),
        _ => None,
    }
}

/// The schema of property `name` of an object schema, looking inside `allOf`.
pub fn property<'a>(schema: &'a Value, name: &str) -> Option<&'a Value> {
    if let Some(found) = schema.get("properties").and_then(|p| p.get(name)) {
        return Some(found);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            if let Some(found) = branches.iter().find_map(|b| property(b, name)) {
                return Some(found);
            }
        }
    }
    None
}

/// The declared properties of an object schema, including those of its
/// `allOf`/`anyOf`/`oneOf` parts.
pub fn properties_of(schema: &Value) -> Vec<(&String, &Value)> {
    let mut out: Vec<(&String, &Value)> = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.iter().collect())
        .unwrap_or_default();
    for key in ["allOf", "anyOf", "oneOf"] {
        for part in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            out.extend(properties_of(part));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target_of(id: &str) -> Target {
        target(ampeco::generated::operation(id).expect("known operation"))
    }

    #[test]
    fn versions_share_a_collection_and_items_name_their_parameter() {
        let read = target_of("chargePointRead");
        assert_eq!(read.template, "charge-points");
        assert_eq!(read.item_param, Some("chargePoint"));
        assert_eq!(
            target_of("chargePointReadDeprecated").template,
            "charge-points"
        );
        let nested = target_of("chargePointEvseConnectorsListing");
        assert_eq!(nested.template, "charge-points/{}/evses/{}/connectors");
        assert_eq!(nested.params, vec!["chargePoint", "evse"]);
        assert_eq!(nested.item_param, None);
    }

    #[test]
    fn a_read_without_a_trailing_id_is_a_singleton() {
        let settings = target_of("settingsListing");
        assert_eq!(settings.template, "settings");
        assert_eq!(settings.item_param, None);
    }

    #[test]
    fn the_concrete_key_fills_the_parameters() {
        let nested = target_of("chargePointEvseConnectorsListing");
        let values = [("chargePoint", "4"), ("evse", "9")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        assert_eq!(nested.key(&values), "charge-points/4/evses/9/connectors");
    }

    #[test]
    fn every_listing_has_a_record_schema() {
        let catalog = Catalog::load();
        let missing: Vec<&str> = OPERATIONS
            .iter()
            .filter(|op| op.kind == OperationKind::List)
            .filter(|op| !catalog.collections.contains_key(&target(op).template))
            .map(|op| op.id)
            .collect();
        assert!(
            missing.len() <= 2,
            "listings without a record schema: {missing:?}"
        );
    }
}
