//! OpenAPI 3.0 schema objects → self-contained JSON Schema (draft 2020-12).
//!
//! The vendor document is fully inlined, so no `$ref` handling is needed (the
//! loader rejects references). What changes:
//! - `nullable: true` becomes a type union with `"null"` (and `null` joins `enum`);
//!   a nullable schema without `type` gets a `{"type": "null"}` branch;
//! - request bodies lose `readOnly` properties (and their `required` entries);
//!   responses keep them; `writeOnly` stays as the annotation it is;
//! - `format: time` becomes a `HH:MM` pattern, the form the API's own examples use;
//! - typo formats are mapped: `datetime`/`datatime` → `date-time`, `url` → `uri`;
//! - boolean `exclusiveMinimum`/`exclusiveMaximum` become the 2020-12 numbers;
//! - `oneOf` becomes `anyOf`: the document's branches overlap without a
//!   discriminator, so a strict "exactly one" would reject bodies the API accepts;
//! - prose goes: `description`, `example(s)`, `x-*`, `externalDocs`,
//!   `discriminator`, `xml`; a `title` stays only when it is short.

use serde_json::{json, Map, Value};

pub const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";
/// `HH:MM`, 00:00 to 23:59.
pub const TIME_PATTERN: &str = r"^([01]\d|2[0-3]):[0-5]\d$";
const MAX_TITLE_CHARS: usize = 60;

/// Whether the schema describes what the client sends or what it receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Request,
    Response,
}

/// Converts a whole body schema and marks it as draft 2020-12.
pub fn to_json_schema(openapi: &Value, direction: Direction) -> Value {
    let mut converted = convert(openapi, direction);
    if let Value::Object(map) = &mut converted {
        map.insert("$schema".into(), json!(DRAFT_2020_12));
    }
    converted
}

/// Converts one schema node and, recursively, everything below it.
pub fn convert(openapi: &Value, direction: Direction) -> Value {
    let Value::Object(source) = openapi else {
        // `true`/`false` schemas (e.g. additionalProperties) are the same in both dialects.
        return openapi.clone();
    };
    let mut out = Map::new();
    let nullable = source.get("nullable") == Some(&Value::Bool(true));

    for (key, value) in source {
        match key.as_str() {
            "properties" => {
                let Value::Object(props) = value else {
                    continue;
                };
                let kept: Map<String, Value> = props
                    .iter()
                    .filter(|(_, p)| !(direction == Direction::Request && is_read_only(p)))
                    .map(|(name, p)| (name.clone(), convert(p, direction)))
                    .collect();
                out.insert(key.clone(), Value::Object(kept));
            }
            "items" | "additionalProperties" | "not" => {
                out.insert(key.clone(), convert(value, direction));
            }
            "oneOf" | "anyOf" | "allOf" => {
                let Value::Array(branches) = value else {
                    continue;
                };
                let branches = branches.iter().map(|b| convert(b, direction)).collect();
                let key = if key == "oneOf" {
                    "anyOf"
                } else {
                    key.as_str()
                };
                out.insert(key.into(), Value::Array(branches));
            }
            "format" => match value.as_str() {
                Some("time") => {
                    if !source.contains_key("pattern") {
                        out.insert("pattern".into(), json!(TIME_PATTERN));
                    }
                }
                Some("datetime" | "datatime") => {
                    out.insert(key.clone(), json!("date-time"));
                }
                Some("url") => {
                    out.insert(key.clone(), json!("uri"));
                }
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            },
            "exclusiveMinimum" | "exclusiveMaximum" => {
                let bound = if key == "exclusiveMinimum" {
                    "minimum"
                } else {
                    "maximum"
                };
                if let (Some(true), Some(limit)) = (value.as_bool(), source.get(bound)) {
                    out.insert(key.clone(), limit.clone());
                }
            }
            "title" => {
                if value
                    .as_str()
                    .is_some_and(|t| t.chars().count() <= MAX_TITLE_CHARS)
                {
                    out.insert(key.clone(), value.clone());
                }
            }
            "readOnly" if direction == Direction::Response => {
                out.insert(key.clone(), value.clone());
            }
            "nullable" | "readOnly" | "description" | "example" | "examples" | "externalDocs"
            | "discriminator" | "xml" => {}
            k if k.starts_with("x-") => {}
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }

    // A bound made exclusive above must not stay inclusive too.
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if out.contains_key(exclusive) {
            out.remove(bound);
        }
    }

    if direction == Direction::Request {
        drop_read_only_from_required(source, &mut out);
    }
    if nullable {
        make_nullable(&mut out);
    }
    Value::Object(out)
}

fn is_read_only(schema: &Value) -> bool {
    schema.get("readOnly") == Some(&Value::Bool(true))
}

fn drop_read_only_from_required(source: &Map<String, Value>, out: &mut Map<String, Value>) {
    let Some(Value::Array(required)) = out.get("required") else {
        return;
    };
    let props = source.get("properties").and_then(Value::as_object);
    let kept: Vec<Value> = required
        .iter()
        .filter(|name| {
            let prop = name.as_str().and_then(|n| props.and_then(|p| p.get(n)));
            !prop.is_some_and(is_read_only)
        })
        .cloned()
        .collect();
    if kept.is_empty() {
        out.remove("required");
    } else {
        out.insert("required".into(), Value::Array(kept));
    }
}

fn make_nullable(out: &mut Map<String, Value>) {
    match out.get_mut("type") {
        Some(Value::String(t)) if t != "null" => {
            let t = std::mem::take(t);
            out.insert("type".into(), json!([t, "null"]));
        }
        Some(Value::Array(types)) if !types.contains(&json!("null")) => types.push(json!("null")),
        Some(_) => {}
        None => {
            for union in ["anyOf", "oneOf"] {
                if let Some(Value::Array(branches)) = out.get_mut(union) {
                    branches.push(json!({"type": "null"}));
                }
            }
        }
    }
    if let Some(Value::Array(values)) = out.get_mut("enum") {
        if !values.contains(&Value::Null) {
            values.push(Value::Null);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(v: Value) -> Value {
        convert(&v, Direction::Request)
    }

    #[test]
    fn nullable_becomes_a_type_union_and_an_enum_member() {
        let out = request(json!({"type": "string", "enum": ["a", "b"], "nullable": true}));
        assert_eq!(
            out,
            json!({"type": ["string", "null"], "enum": ["a", "b", null]})
        );
        let out = request(json!({"nullable": true, "oneOf": [{"type": "integer"}]}));
        assert_eq!(
            out,
            json!({"anyOf": [{"type": "integer"}, {"type": "null"}]})
        );
    }

    #[test]
    fn read_only_properties_leave_requests_but_stay_in_responses() {
        let schema = json!({
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "integer", "readOnly": true},
                "name": {"type": "string"},
                "secret": {"type": "string", "writeOnly": true}
            }
        });
        let out = request(schema.clone());
        assert_eq!(
            out,
            json!({
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "secret": {"type": "string", "writeOnly": true}}
            })
        );
        let out = convert(&schema, Direction::Response);
        assert_eq!(
            out["properties"]["id"],
            json!({"type": "integer", "readOnly": true})
        );
        assert_eq!(out["required"], json!(["id", "name"]));
    }

    #[test]
    fn time_becomes_an_hh_mm_pattern() {
        let out = request(json!({"type": "string", "format": "time", "example": "07:30"}));
        assert_eq!(out, json!({"type": "string", "pattern": TIME_PATTERN}));
    }

    #[test]
    fn typo_formats_are_mapped() {
        for (typo, fixed) in [
            ("datetime", "date-time"),
            ("datatime", "date-time"),
            ("url", "uri"),
        ] {
            let out = request(json!({"type": "string", "format": typo}));
            assert_eq!(out["format"], json!(fixed), "{typo}");
        }
        let out = request(json!({"type": "string", "format": "email"}));
        assert_eq!(out["format"], json!("email"));
    }

    #[test]
    fn one_of_becomes_any_of_recursively() {
        let out = request(json!({
            "oneOf": [
                {"type": "object", "properties": {"at": {"type": "string", "format": "datatime"}}},
                {"type": "object", "properties": {"id": {"type": "integer", "readOnly": true}}}
            ]
        }));
        assert_eq!(
            out,
            json!({"anyOf": [
                {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"}}},
                {"type": "object", "properties": {}}
            ]})
        );
    }

    #[test]
    fn prose_goes_and_short_titles_stay() {
        let out = request(json!({
            "type": "integer",
            "title": "Short",
            "description": "Long prose",
            "example": 1,
            "x-readme": true,
            "minimum": 0,
            "exclusiveMinimum": true,
            "properties": {"a": {"title": "x".repeat(61)}}
        }));
        assert_eq!(
            out,
            json!({"type": "integer", "title": "Short", "exclusiveMinimum": 0, "properties": {"a": {}}})
        );
    }

    #[test]
    fn top_level_names_the_dialect() {
        let out = to_json_schema(&json!({"type": "object"}), Direction::Request);
        assert_eq!(out["$schema"], json!(DRAFT_2020_12));
    }
}
