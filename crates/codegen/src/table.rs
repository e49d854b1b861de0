//! The operation table: the facts `ampeco::operation::Operation` holds, derived
//! from the spec. Rendering to Rust lives in `rust_table`; the TypeScript side
//! and the catalog read the same structures.

use serde_json::Value;

use crate::kind::{kind_of, Kind};
use crate::replacement::replacements;
use crate::spec::{HttpMethod, Spec, SpecParam};

/// Query parameters that the table describes in their own fields.
pub const PAGING_AND_SHAPING: [&str; 5] = ["filter", "include", "cursor", "page", "per_page"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarType {
    String,
    Integer,
    Number,
    Boolean,
}

impl ScalarType {
    pub fn rust_variant(self) -> &'static str {
        match self {
            ScalarType::String => "String",
            ScalarType::Integer => "Integer",
            ScalarType::Number => "Number",
            ScalarType::Boolean => "Boolean",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ScalarType::String => "string",
            ScalarType::Integer => "integer",
            ScalarType::Number => "number",
            ScalarType::Boolean => "boolean",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub value_type: ScalarType,
    pub format: Option<String>,
    pub enum_values: Vec<String>,
    pub is_array: bool,
    pub required: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    None,
    Cursor,
    Page,
}

impl Paging {
    pub fn rust_variant(self) -> &'static str {
        match self {
            Paging::None => "None",
            Paging::Cursor => "Cursor",
            Paging::Page => "Page",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Paging::None => "none",
            Paging::Cursor => "cursor",
            Paging::Page => "page",
        }
    }
}

#[derive(Debug, Clone)]
pub struct TableEntry {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub method: HttpMethod,
    pub path: String,
    pub path_params: Vec<Field>,
    pub query: Vec<Field>,
    pub filters: Vec<Field>,
    pub includes: Vec<String>,
    pub pagination: Paging,
    pub per_page: bool,
    /// Keyed by operation id in `request_schemas.json`.
    pub body_schema: Option<String>,
    pub body_required: bool,
    pub success: Vec<u16>,
    pub deprecated: bool,
    pub replaced_by: Option<String>,
}

#[cfg(test)]
impl TableEntry {
    /// A bare entry for generator tests: a GET of `/things` with no parameters, no body and
    /// cursor paging; tests set what they look at with struct update syntax.
    pub(crate) fn for_test(id: &str, kind: Kind) -> Self {
        TableEntry {
            id: id.into(),
            title: String::new(),
            kind,
            method: HttpMethod::Get,
            path: "/things".into(),
            path_params: Vec::new(),
            query: Vec::new(),
            filters: Vec::new(),
            includes: Vec::new(),
            pagination: Paging::Cursor,
            per_page: true,
            body_schema: None,
            body_required: false,
            success: vec![200],
            deprecated: false,
            replaced_by: None,
        }
    }
}

/// Builds the table, sorted by operation id (the spec loader already sorted).
pub fn build(spec: &Spec) -> Vec<TableEntry> {
    let replaced = replacements(&spec.operations);
    spec.operations
        .iter()
        .map(|op| {
            let param = |name: &str| op.query_params.iter().find(|p| p.name == name);
            let pagination = if param("cursor").is_some() {
                Paging::Cursor
            } else if param("page").is_some() {
                Paging::Page
            } else {
                Paging::None
            };
            TableEntry {
                id: op.id.clone(),
                title: op.summary.clone(),
                kind: kind_of(op),
                method: op.method,
                path: op.path.clone(),
                path_params: op.path_params.iter().map(field_of_param).collect(),
                query: op
                    .query_params
                    .iter()
                    .filter(|p| !PAGING_AND_SHAPING.contains(&p.name.as_str()))
                    .map(field_of_param)
                    .collect(),
                filters: param("filter").map(filter_fields).unwrap_or_default(),
                includes: param("include")
                    .map(|p| enum_strings(p.schema.get("items").unwrap_or(&Value::Null)))
                    .unwrap_or_default(),
                pagination,
                per_page: param("per_page").is_some(),
                body_schema: op.body.as_ref().map(|_| op.id.clone()),
                body_required: op.body.is_some() && op.body_required,
                success: op.responses.iter().map(|r| r.status).collect(),
                deprecated: op.deprecated,
                replaced_by: replaced.get(&op.id).cloned(),
            }
        })
        .collect()
}

fn field_of_param(param: &SpecParam) -> Field {
    let mut field = field_of_schema(&param.name, &param.schema);
    field.required = param.required;
    field
}

/// The properties of a deepObject `filter`, by name (JSON map order depends on
/// `serde_json` features chosen elsewhere in the workspace). Nested objects (one
/// filter has one) cannot be expressed as `filter[name]=value` and are left out.
fn filter_fields(param: &SpecParam) -> Vec<Field> {
    let required: Vec<&str> = param.schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    param.schema["properties"]
        .as_object()
        .map(|props| {
            props
                .iter()
                .filter(|(_, schema)| schema.get("type").and_then(Value::as_str) != Some("object"))
                .map(|(name, schema)| {
                    let mut field = field_of_schema(name, schema);
                    field.required = required.contains(&name.as_str());
                    field
                })
                .collect::<Vec<_>>()
        })
        .map(|mut fields| {
            fields.sort_by(|a, b| a.name.cmp(&b.name));
            fields
        })
        .unwrap_or_default()
}

/// Scalar type, format and enum of a parameter schema; arrays describe their items.
pub fn field_of_schema(name: &str, schema: &Value) -> Field {
    let is_array = schema.get("type").and_then(Value::as_str) == Some("array");
    let scalar = if is_array {
        schema.get("items").unwrap_or(&Value::Null)
    } else {
        schema
    };
    Field {
        name: name.to_string(),
        value_type: scalar_type(scalar),
        format: scalar
            .get("format")
            .and_then(Value::as_str)
            .map(str::to_string),
        enum_values: enum_strings(scalar),
        is_array,
        required: false,
    }
}

/// The declared type; `anyOf` alternatives (an enum plus free text) count as string.
fn scalar_type(schema: &Value) -> ScalarType {
    match schema.get("type").and_then(Value::as_str) {
        Some("integer") => ScalarType::Integer,
        Some("number") => ScalarType::Number,
        Some("boolean") => ScalarType::Boolean,
        _ => ScalarType::String,
    }
}

/// Enum values as text. For `anyOf` (enum plus free text) the enumerated branch
/// lists the suggested values only when every branch is an enum.
pub fn enum_strings(schema: &Value) -> Vec<String> {
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return values.iter().filter_map(scalar_text).collect();
    }
    let branches = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array);
    match branches {
        Some(branches) if branches.iter().all(|b| b.get("enum").is_some()) => {
            branches.iter().flat_map(enum_strings).collect()
        }
        _ => Vec::new(),
    }
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn array_fields_describe_their_items() {
        let field = field_of_schema(
            "ids",
            &json!({"type": "array", "items": {"type": "integer", "enum": [15, 30]}}),
        );
        assert!(field.is_array);
        assert_eq!(field.value_type, ScalarType::Integer);
        assert_eq!(field.enum_values, ["15", "30"]);
    }

    #[test]
    fn filters_are_sorted_and_nested_objects_skipped() {
        let param = SpecParam {
            name: "filter".into(),
            required: false,
            deep_object: true,
            schema: json!({"type": "object", "required": ["b"], "properties": {
                "b": {"type": "string", "format": "date-time"},
                "a": {"type": "array", "items": {"type": "integer"}},
                "nested": {"type": "object", "properties": {}}
            }}),
        };
        let fields = filter_fields(&param);
        let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        assert!(fields[0].is_array && !fields[0].required);
        assert!(fields[1].required);
        assert_eq!(fields[1].format.as_deref(), Some("date-time"));
    }

    #[test]
    fn open_any_of_has_no_enum() {
        let schema = json!({"anyOf": [{"type": "string", "enum": ["A"]}, {"type": "string"}]});
        assert!(enum_strings(&schema).is_empty());
        assert_eq!(
            field_of_schema("key", &schema).value_type,
            ScalarType::String
        );
    }
}
