//! Example requests for every operation, built from the converted schemas: a
//! *minimal* one (only what is required) and a *full* one (every optional
//! field, filter and include filled). The conformance test sends both.
//!
//! Values are plain and deterministic: ids are `1`, strings `"example"`,
//! dates 2024-01-01, enums their first value, numbers the smallest allowed.

use std::collections::BTreeMap;

use regex::Regex;
use serde_json::{json, Map, Value};

pub use crate::fill::Fill;
use crate::json_schema::{convert, Direction};
use crate::spec::{Spec, SpecOperation, SpecParam};

/// One example request.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleRequest {
    /// Path parameter name → value (integers as numbers, the rest as strings).
    pub path: BTreeMap<String, Value>,
    /// Query parameter name → value. `filter` is an object of filter fields,
    /// `include` an array, `cursor` starts empty; others are scalars.
    pub query: BTreeMap<String, Value>,
    /// The JSON body, when the operation takes one (always for a required body).
    pub body: Option<Value>,
}

/// The two examples of one operation.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationExamples {
    pub minimal: ExampleRequest,
    pub full: ExampleRequest,
}

/// Examples for every operation of the spec, keyed by operation id.
pub fn examples(spec: &Spec) -> BTreeMap<String, OperationExamples> {
    spec.operations
        .iter()
        .map(|op| {
            let examples = OperationExamples {
                minimal: example_request(op, Fill::Minimal),
                full: example_request(op, Fill::Full),
            };
            (op.id.clone(), examples)
        })
        .collect()
}

/// One example request of an operation.
pub fn example_request(op: &SpecOperation, fill: Fill) -> ExampleRequest {
    let value_of =
        |param: &SpecParam| example_value(&convert(&param.schema, Direction::Request), fill);
    let path = op
        .path_params
        .iter()
        .map(|p| (p.name.clone(), value_of(p)))
        .collect();
    let query = op
        .query_params
        .iter()
        .filter(|p| p.required || fill == Fill::Full)
        .map(|p| {
            let value = match p.name.as_str() {
                // An empty cursor asks for the first page.
                "cursor" => json!(""),
                "page" => json!(1),
                "include" => p.schema["items"]["enum"].clone(),
                "filter" => scalar_filters(value_of(p), &p.schema),
                _ => value_of(p),
            };
            (p.name.clone(), value)
        })
        .filter(|(_, v)| !v.is_null())
        .collect();
    let body = op
        .body
        .as_ref()
        .map(|schema| example_value(&convert(schema, Direction::Request), fill));
    ExampleRequest { path, query, body }
}

/// The filter fields a query can carry: `filter[name]=value` cannot express a
/// nested object, so the operation table (see `table::filter_fields`) and the
/// client leave such filters out, and the example does too.
fn scalar_filters(value: Value, schema: &Value) -> Value {
    let Value::Object(mut fields) = value else {
        return value;
    };
    fields.retain(|name, _| schema["properties"][name]["type"] != "object");
    Value::Object(fields)
}

/// A value valid against a converted (draft 2020-12) schema.
pub fn example_value(schema: &Value, fill: Fill) -> Value {
    let Value::Object(map) = schema else {
        return Value::Null;
    };
    if let Some(value) = map.get("const") {
        return value.clone();
    }
    if let Some(Value::Array(values)) = map.get("enum") {
        return values
            .iter()
            .find(|v| !v.is_null())
            .or(values.first())
            .cloned()
            .unwrap_or(Value::Null);
    }
    if let Some(value) = enum_in_all_of(map) {
        return value;
    }
    let mut value = match primary_type(map) {
        Some("string") => Value::String(example_string(map)),
        Some("integer") => example_number(map, true),
        Some("number") => example_number(map, false),
        Some("boolean") => Value::Bool(true),
        Some("null") => Value::Null,
        Some("array") => example_array(map, fill),
        Some("object") => example_object(map, fill),
        _ if map.contains_key("properties") => example_object(map, fill),
        _ => Value::Null,
    };
    // `allOf` branches all apply; of `anyOf` the first non-null branch is used.
    let mut branches: Vec<&Value> = map
        .get("allOf")
        .and_then(Value::as_array)
        .map(|b| b.iter().collect())
        .unwrap_or_default();
    if let Some(first) = map
        .get("anyOf")
        .and_then(Value::as_array)
        .and_then(|b| b.iter().find(|s| s.get("type") != Some(&json!("null"))))
    {
        branches.push(first);
    }
    let required = all_required(map);
    for branch in branches {
        value = merge(
            value,
            example_value(&with_required(branch, &required), fill),
        );
    }
    value
}

/// An enumerated value an `allOf` branch imposes (`allOf: [{enum}, {type}]`).
fn enum_in_all_of(map: &Map<String, Value>) -> Option<Value> {
    map.get("allOf")?.as_array()?.iter().find_map(|branch| {
        let branch = branch.as_object()?;
        let values = branch.get("enum").and_then(Value::as_array);
        branch
            .get("const")
            .cloned()
            .or_else(|| values.and_then(|v| v.iter().find(|v| !v.is_null()).cloned()))
            .or_else(|| enum_in_all_of(branch))
    })
}

/// What the schema and its `allOf` branches require: every `allOf` branch
/// applies, so a name required in one branch may be defined in another.
fn all_required(map: &Map<String, Value>) -> Vec<Value> {
    let own = map
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    let branches = map
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    let from_branches = branches
        .filter_map(|b| b.get("required")?.as_array())
        .flatten();
    let mut names: Vec<Value> = Vec::new();
    for name in own.chain(from_branches) {
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    names
}

/// A branch that also requires `names` (only those it defines get filled).
fn with_required(branch: &Value, names: &[Value]) -> Value {
    let Value::Object(branch) = branch else {
        return branch.clone();
    };
    let mut branch = branch.clone();
    let required = branch.entry("required").or_insert_with(|| json!([]));
    if let Value::Array(required) = required {
        for name in names {
            if !required.contains(name) {
                required.push(name.clone());
            }
        }
    }
    Value::Object(branch)
}

/// The first type other than `null` (nullable values are filled, not nulled).
fn primary_type(map: &Map<String, Value>) -> Option<&str> {
    match map.get("type")? {
        Value::String(t) => Some(t),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .or(Some("null")),
        _ => None,
    }
}

fn merge(base: Value, addition: Value) -> Value {
    match (base, addition) {
        (Value::Object(mut base), Value::Object(addition)) => {
            for (key, value) in addition {
                let merged = match base.remove(&key) {
                    Some(existing) => merge(existing, value),
                    None => value,
                };
                base.insert(key, merged);
            }
            Value::Object(base)
        }
        (base, Value::Null) => base,
        // A branch is more specific than the generic value of its parent's type
        // (an enum branch beside `type: string`).
        (_, addition) => addition,
    }
}

fn example_string(map: &Map<String, Value>) -> String {
    let by_format = match map.get("format").and_then(Value::as_str) {
        Some("date-time") => Some("2024-01-01T08:00:00Z"),
        Some("date") => Some("2024-01-01"),
        Some("email") => Some("operator@example.com"),
        Some("uri") => Some("https://example.com/"),
        Some("uuid") => Some("3f0c7a4e-8d2b-4c1a-9e5f-1b2c3d4e5f60"),
        Some("decimal" | "float" | "number") => Some("1.00"),
        Some("integer" | "int64") => Some("1"),
        Some("boolean") => Some("true"),
        _ => None,
    };
    let mut text = match map.get("pattern").and_then(Value::as_str) {
        Some(pattern) => matching_pattern(pattern).unwrap_or_else(|| "example".into()),
        None => by_format.unwrap_or("example").to_string(),
    };
    let min = map.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = map
        .get("maxLength")
        .and_then(Value::as_u64)
        .map(|m| m as usize);
    while text.chars().count() < min {
        text.push('x');
    }
    if let Some(max) = max {
        text = text.chars().take(max).collect();
    }
    text
}

/// The first of a few typical values that the pattern accepts.
fn matching_pattern(pattern: &str) -> Option<String> {
    const CANDIDATES: [&str; 6] = ["07:30", "07:30:00", "BG", "example", "1", "ABC"];
    let regex = Regex::new(pattern).ok()?;
    CANDIDATES
        .iter()
        .find(|c| regex.is_match(c))
        .map(|c| c.to_string())
}

fn example_number(map: &Map<String, Value>, integer: bool) -> Value {
    let number = |key: &str| map.get(key).and_then(Value::as_f64);
    let mut value = match (number("minimum"), number("exclusiveMinimum")) {
        (Some(min), _) => min.max(if integer { min.ceil() } else { min }),
        (None, Some(min)) => min.floor() + 1.0,
        (None, None) => 1.0,
    };
    if let Some(step) = number("multipleOf").filter(|s| *s > 0.0) {
        value = (value / step).ceil() * step;
        // Keep decimal steps (0.01) exact in JSON: round to the step's precision.
        let decimals = step.to_string().split('.').nth(1).map_or(0, str::len) as i32;
        let scale = 10f64.powi(decimals);
        value = (value * scale).round() / scale;
    }
    if let Some(max) = number("maximum").or(number("exclusiveMaximum").map(|m| m - 1.0)) {
        value = value.min(max);
    }
    if integer || value.fract() == 0.0 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

fn example_array(map: &Map<String, Value>, fill: Fill) -> Value {
    let min = map.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
    let count = match fill {
        Fill::Minimal => min,
        Fill::Full => min.max(1),
    };
    let items = map.get("items").cloned().unwrap_or(json!({}));
    let item = example_value(&items, fill);
    let unique = map.get("uniqueItems") == Some(&Value::Bool(true));
    let values: Vec<Value> = (0..count)
        .map(|i| match (&item, unique) {
            (Value::Number(n), true) => json!(n.as_f64().unwrap_or(0.0) as i64 + i as i64),
            _ => item.clone(),
        })
        .collect();
    Value::Array(values)
}

fn example_object(map: &Map<String, Value>, fill: Fill) -> Value {
    let required: Vec<&str> = map
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut out = Map::new();
    if let Some(props) = map.get("properties").and_then(Value::as_object) {
        for (name, schema) in props {
            if fill == Fill::Full || required.contains(&name.as_str()) {
                out.insert(name.clone(), example_value(schema, fill));
            }
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_schema::TIME_PATTERN;

    #[test]
    fn minimal_fills_only_required_and_full_fills_everything() {
        let schema = json!({
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 10},
                "at": {"type": ["string", "null"], "pattern": TIME_PATTERN},
                "kind": {"type": "string", "enum": ["ac", "dc"]},
                "price": {"type": "number", "minimum": 0, "multipleOf": 0.01},
                "ids": {"type": "array", "items": {"type": "integer"}, "uniqueItems": true, "minItems": 2}
            }
        });
        assert_eq!(
            example_value(&schema, Fill::Minimal),
            json!({"name": "examplexxx"})
        );
        assert_eq!(
            example_value(&schema, Fill::Full),
            json!({"name": "examplexxx", "at": "07:30", "kind": "ac", "price": 0, "ids": [1, 2]})
        );
    }

    #[test]
    fn all_of_branches_merge_and_any_of_takes_the_first_non_null() {
        let schema = json!({
            "allOf": [
                {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer", "minimum": 5}}},
                {"type": "object", "required": ["b"], "properties": {"b": {"type": "boolean"}}}
            ],
            "anyOf": [{"type": "null"}, {"type": "object", "required": ["c"], "properties": {"c": {"type": "string", "format": "date"}}}]
        });
        assert_eq!(
            example_value(&schema, Fill::Minimal),
            json!({"a": 5, "b": true, "c": "2024-01-01"})
        );
    }
}
