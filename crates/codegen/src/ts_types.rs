//! `ui/src/generated/operations.ts`: for every operation, the TypeScript types
//! of its path parameters, query, body and response.
//!
//! Bodies and responses are printed from the converted JSON Schemas, so they
//! agree with what Rust validates. Schemas nested deeper than [`MAX_DEPTH`]
//! print as `Record<string, unknown>` / `unknown`: the types stay readable and
//! the UI handles such values generically anyway.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::Value;

use crate::rust_table::variant_name;
use crate::table::{Field, ScalarType, TableEntry};

pub const MAX_DEPTH: usize = 6;

pub fn operations_ts(
    header: &str,
    table: &[TableEntry],
    request: &BTreeMap<String, Value>,
    response: &BTreeMap<String, Value>,
) -> String {
    let mut out = format!("// {header}\n");
    for entry in table {
        let name = variant_name(&entry.id);
        let _ = write!(
            out,
            "\n// {} {} — {}\n",
            entry.method.as_str(),
            entry.path,
            entry.id
        );
        let _ = writeln!(
            out,
            "export type {name}PathParams = {};",
            path_params_type(&entry.path_params)
        );
        let _ = writeln!(out, "export type {name}Query = {};", query_type(entry));
        let body = entry
            .body_schema
            .as_ref()
            .and_then(|key| request.get(key))
            .map(|schema| ts_type(schema, 0))
            .unwrap_or_else(|| "never".into());
        let _ = writeln!(out, "export type {name}Body = {body};");
        let _ = writeln!(
            out,
            "export type {name}Response = {};",
            response_type(entry, response)
        );
    }
    out
}

fn path_params_type(params: &[Field]) -> String {
    if params.is_empty() {
        return "Record<string, never>".into();
    }
    let members: Vec<String> = params
        .iter()
        .map(|p| format!("{}: {}", property_name(&p.name), field_type(p)))
        .collect();
    format!("{{ {} }}", members.join("; "))
}

fn query_type(entry: &TableEntry) -> String {
    let mut members = Vec::new();
    if !entry.filters.is_empty() {
        let filters: Vec<String> = entry
            .filters
            .iter()
            .map(|f| optional_member(f, 2))
            .collect();
        members.push(format!("filter?: {{\n{}\n  }}", filters.join("\n")));
    }
    if !entry.includes.is_empty() {
        members.push(format!("include?: ({})[]", literal_union(&entry.includes)));
    }
    if entry.pagination == crate::table::Paging::Cursor {
        members.push("cursor?: string".into());
    }
    if entry.pagination == crate::table::Paging::Page {
        members.push("page?: number".into());
    }
    if entry.per_page {
        members.push("per_page?: number".into());
    }
    for field in &entry.query {
        members.push(
            optional_member(field, 1)
                .trim_start()
                .trim_end_matches(';')
                .to_string(),
        );
    }
    if members.is_empty() {
        return "Record<string, never>".into();
    }
    format!(
        "{{\n{}\n}}",
        members
            .iter()
            .map(|m| format!("  {m};"))
            .collect::<Vec<_>>()
            .join("\n")
    )
}

fn optional_member(field: &Field, indent: usize) -> String {
    let mark = if field.required { "" } else { "?" };
    format!(
        "{}{}{mark}: {};",
        "  ".repeat(indent),
        property_name(&field.name),
        field_type(field)
    )
}

/// A query or path value: literal union for enums, arrays of their item type.
fn field_type(field: &Field) -> String {
    let scalar = if !field.enum_values.is_empty() {
        match field.value_type {
            ScalarType::Integer | ScalarType::Number => field.enum_values.join(" | "),
            _ => literal_union(&field.enum_values),
        }
    } else {
        match field.value_type {
            ScalarType::String => "string".into(),
            ScalarType::Integer | ScalarType::Number => "number".into(),
            ScalarType::Boolean => "boolean".into(),
        }
    };
    if field.is_array {
        format!("({scalar})[]")
    } else {
        scalar
    }
}

fn response_type(entry: &TableEntry, response: &BTreeMap<String, Value>) -> String {
    let by_status = response.get(&entry.id).and_then(Value::as_object);
    let mut variants: Vec<String> = Vec::new();
    for status in &entry.success {
        let variant = match by_status.and_then(|m| m.get(&status.to_string())) {
            Some(schema) => ts_type(schema, 0),
            None => "null".into(),
        };
        if !variants.contains(&variant) {
            variants.push(variant);
        }
    }
    if variants.is_empty() {
        return "null".into();
    }
    variants.join(" | ")
}

/// The TypeScript type of a (converted) JSON Schema.
pub fn ts_type(schema: &Value, depth: usize) -> String {
    let Value::Object(map) = schema else {
        return if schema == &Value::Bool(false) {
            "never".into()
        } else {
            "unknown".into()
        };
    };
    if let Some(Value::Array(values)) = map.get("enum") {
        return values
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(" | ");
    }
    if let Some(value) = map.get("const") {
        return value.to_string();
    }
    let too_deep = depth > MAX_DEPTH;
    let mut parts: Vec<String> = Vec::new();
    match map.get("type") {
        Some(Value::String(t)) => parts.push(typed(t, map, depth)),
        Some(Value::Array(types)) => {
            let union: Vec<String> = types
                .iter()
                .filter_map(Value::as_str)
                .map(|t| typed(t, map, depth))
                .collect();
            parts.push(union.join(" | "));
        }
        _ if map.contains_key("properties") => parts.push(typed("object", map, depth)),
        _ => {}
    }
    for (keyword, joiner) in [("anyOf", " | "), ("oneOf", " | "), ("allOf", " & ")] {
        if let Some(Value::Array(branches)) = map.get(keyword) {
            if too_deep {
                parts.push("unknown".into());
                continue;
            }
            let mut printed: Vec<String> = Vec::new();
            for branch in branches {
                let t = group(&ts_type(branch, depth + 1));
                if !printed.contains(&t) {
                    printed.push(t);
                }
            }
            parts.push(printed.join(joiner));
        }
    }
    match parts.len() {
        0 => "unknown".into(),
        1 => parts.pop().unwrap_or_default(),
        _ => parts
            .iter()
            .map(|p| group(p))
            .collect::<Vec<_>>()
            .join(" & "),
    }
}

fn typed(t: &str, map: &serde_json::Map<String, Value>, depth: usize) -> String {
    match t {
        "string" => "string".into(),
        "integer" | "number" => "number".into(),
        "boolean" => "boolean".into(),
        "null" => "null".into(),
        "array" => match map.get("items") {
            Some(items) if depth <= MAX_DEPTH => format!("Array<{}>", ts_type(items, depth + 1)),
            _ => "unknown[]".into(),
        },
        "object" => object_type(map, depth),
        _ => "unknown".into(),
    }
}

fn object_type(map: &serde_json::Map<String, Value>, depth: usize) -> String {
    let props = map.get("properties").and_then(Value::as_object);
    let Some(props) = props.filter(|p| !p.is_empty() && depth <= MAX_DEPTH) else {
        return match map.get("additionalProperties") {
            Some(schema @ Value::Object(_)) if depth <= MAX_DEPTH => {
                format!("Record<string, {}>", ts_type(schema, depth + 1))
            }
            Some(Value::Bool(false)) if map.get("properties").is_some() => {
                "Record<string, never>".into()
            }
            _ => "Record<string, unknown>".into(),
        };
    };
    let required: Vec<&str> = map
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let indent = "  ".repeat(depth + 1);
    let mut out = String::from("{\n");
    let mut names: Vec<&String> = props.keys().collect();
    names.sort();
    for name in names {
        let mark = if required.contains(&name.as_str()) {
            ""
        } else {
            "?"
        };
        let _ = writeln!(
            out,
            "{indent}{}{mark}: {};",
            property_name(name),
            ts_type(&props[name.as_str()], depth + 1)
        );
    }
    out.push_str(&"  ".repeat(depth));
    out.push('}');
    out
}

/// Wraps unions and intersections so they can sit inside another one or `[]`.
fn group(t: &str) -> String {
    let top_level_operator = {
        let (mut nesting, mut quoted) = (0i32, false);
        let mut found = false;
        let mut previous = '\0';
        for c in t.chars() {
            match c {
                '"' if previous != '\\' => quoted = !quoted,
                '{' | '(' | '<' | '[' if !quoted => nesting += 1,
                '}' | ')' | '>' | ']' if !quoted => nesting -= 1,
                '|' | '&' if !quoted && nesting == 0 => found = true,
                _ => {}
            }
            previous = c;
        }
        found
    };
    if top_level_operator {
        format!("({t})")
    } else {
        t.to_string()
    }
}

fn literal_union(values: &[String]) -> String {
    values
        .iter()
        .map(|v| Value::String(v.clone()).to_string())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Quoted unless it is a plain identifier.
fn property_name(name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if plain {
        name.to_string()
    } else {
        Value::String(name.to_string()).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn prints_nullable_unions_enums_and_objects() {
        let schema = json!({
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "integer"},
                "status": {"type": ["string", "null"], "enum": ["a", "b", null]},
                "tags": {"type": "array", "items": {"type": ["string", "null"]}},
                "when": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                "max-power": {"type": "number"}
            }
        });
        assert_eq!(
            ts_type(&schema, 0),
            "{\n  id: number;\n  \"max-power\"?: number;\n  status?: \"a\" | \"b\" | null;\n  tags?: Array<string | null>;\n  when?: string | number;\n}"
        );
    }

    #[test]
    fn deep_schemas_fall_back_to_records() {
        let mut schema = json!({"type": "object", "properties": {"leaf": {"type": "string"}}});
        for _ in 0..10 {
            schema = json!({"type": "object", "properties": {"next": schema}});
        }
        let printed = ts_type(&schema, 0);
        assert!(printed.contains("Record<string, unknown>"), "{printed}");
        assert!(!printed.contains("leaf"));
    }
}
