//! `operationShapes.ts`: the HTTP method, path template and path parameters of
//! every operation that changes something. The catalog names operations; forms
//! need the rest (PATCH sends only what changed, PUT the whole record, an
//! action's path is filled from its target) and the activity list reads the
//! record a logged request path named.

use std::fmt::Write;

use serde_json::{json, Value};

use crate::kind::Kind;
use crate::table::{ScalarType, TableEntry};

const PRELUDE: &str = r#"export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** `[name, type]`, or `[name, "string", allowed values]` for an enumerated segment. */
export type PathParamShape =
  | readonly [name: string, type: "integer" | "string"]
  | readonly [name: string, type: "string", values: readonly string[]];

export type OperationShape = readonly [
  method: HttpMethod,
  path: string,
  pathParams: readonly PathParamShape[],
];

"#;

fn changes_something(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Create | Kind::Update | Kind::Delete | Kind::Action
    )
}

fn param_shape(field: &crate::table::Field) -> Value {
    match (field.enum_values.is_empty(), field.value_type) {
        (false, _) => json!([field.name, "string", field.enum_values]),
        (true, ScalarType::Integer) => json!([field.name, "integer"]),
        (true, _) => json!([field.name, "string"]),
    }
}

/// The text of `operationShapes.ts`.
pub fn operation_shapes_ts(header: &str, table: &[TableEntry]) -> String {
    let mut out = format!("// {header}\n\n{PRELUDE}");
    out.push_str(
        "/** Every create, update, delete and action operation, by operationId. */\n\
         export const OPERATION_SHAPES: Readonly<Record<string, OperationShape>> = {\n",
    );
    for entry in table.iter().filter(|e| changes_something(e.kind)) {
        let params: Vec<Value> = entry.path_params.iter().map(param_shape).collect();
        let shape = json!([entry.method.as_str(), entry.path, params]);
        let _ = writeln!(out, "  {}: {},", entry.id, shape);
    }
    out.push_str("};\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::HttpMethod;
    use crate::table::{Field, Paging};

    fn field(name: &str, value_type: ScalarType, enum_values: &[&str]) -> Field {
        Field {
            name: name.to_string(),
            value_type,
            format: None,
            enum_values: enum_values.iter().map(|v| v.to_string()).collect(),
            is_array: false,
            required: true,
        }
    }

    fn entry(id: &str, kind: Kind, method: HttpMethod, path_params: Vec<Field>) -> TableEntry {
        TableEntry {
            method,
            path: format!("/public-api/x/{id}"),
            path_params,
            pagination: Paging::None,
            per_page: false,
            ..TableEntry::for_test(id, kind)
        }
    }

    #[test]
    fn lists_changing_operations_with_their_path_parameters() {
        let table = [
            entry("thingsListing", Kind::List, HttpMethod::Get, Vec::new()),
            entry(
                "thingUpdate",
                Kind::Update,
                HttpMethod::Patch,
                vec![
                    field("thing", ScalarType::Integer, &[]),
                    field("side", ScalarType::String, &["left", "right"]),
                ],
            ),
        ];
        let text = operation_shapes_ts("header", &table);
        assert!(!text.contains("thingsListing"));
        assert!(text.contains(
            r#"thingUpdate: ["PATCH","/public-api/x/thingUpdate",[["thing","integer"],["side","string",["left","right"]]]],"#
        ));
    }
}
