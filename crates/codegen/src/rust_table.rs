//! Renders the operation table and the per-kind id enums as Rust source for
//! `crates/ampeco/src/generated/`. The text is formatted by `output::rustfmt`.

use std::fmt::Write;

use heck::ToUpperCamelCase;

use crate::kind::Kind;
use crate::table::{Field, TableEntry};

/// `generated/operations.rs`: `OPERATIONS` and `operation(id)`.
pub fn operations_rs(header: &str, table: &[TableEntry]) -> String {
    let mut out = format!("// {header}\n\n");
    out.push_str(
        "use crate::operation::{Method, Operation, OperationKind, Pagination, PathParam, QueryField, ValueType};\n\n",
    );
    out.push_str("/// Every operation of the Public API, sorted by id.\n");
    out.push_str("pub static OPERATIONS: &[Operation] = &[\n");
    // One field per line: rustfmt leaves an array alone when one of its string
    // literals is wider than the line, so the layout must already be readable.
    for e in table {
        out.push_str("    Operation {\n");
        let fields = [
            ("id", format!("{:?}", e.id)),
            ("title", format!("{:?}", e.title)),
            ("kind", format!("OperationKind::{}", e.kind.rust_variant())),
            ("method", format!("Method::{}", e.method.rust_variant())),
            ("path", format!("{:?}", e.path)),
            ("path_params", list(e.path_params.iter().map(path_param))),
            ("query", list(e.query.iter().map(query_field))),
            ("filters", list(e.filters.iter().map(query_field))),
            (
                "includes",
                list(e.includes.iter().map(|i| format!("{i:?}"))),
            ),
            (
                "pagination",
                format!("Pagination::{}", e.pagination.rust_variant()),
            ),
            ("per_page", e.per_page.to_string()),
            ("body_schema", option(&e.body_schema)),
            ("body_required", e.body_required.to_string()),
            ("success", format!("&{:?}", e.success)),
            ("deprecated", e.deprecated.to_string()),
            ("replaced_by", option(&e.replaced_by)),
        ];
        for (name, value) in fields {
            let _ = writeln!(out, "        {name}: {value},");
        }
        out.push_str("    },\n");
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// Looks an operation up by its `operationId`.\n\
         pub fn operation(id: &str) -> Option<&'static Operation> {\n\
         OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])\n\
         }\n",
    );
    out
}

/// `generated/operation_ids.rs`: one enum of operation ids per kind.
pub fn operation_ids_rs(header: &str, table: &[TableEntry]) -> String {
    let mut out = format!("// {header}\n\n");
    out.push_str("use super::operations::OPERATIONS;\nuse crate::operation::Operation;\n");
    for kind in Kind::ALL {
        let name = enum_name(kind);
        let members: Vec<(usize, &TableEntry)> = table
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == kind)
            .collect();
        let _ = write!(
            out,
            "\n/// The operations of kind `{kind}`, serialised as their `operationId`.\n\
             #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]\n\
             #[cfg_attr(feature = \"specta\", derive(specta::Type))]\n\
             pub enum {name} {{\n",
            kind = kind.as_str(),
        );
        for (_, e) in &members {
            let _ = writeln!(
                out,
                "#[serde(rename = {:?})]\n{},",
                e.id,
                variant_name(&e.id)
            );
        }
        out.push_str("}\n\n");
        let _ = write!(out, "impl {name} {{\n/// Every variant, in id order.\npub const ALL: &'static [{name}] = &[");
        for (_, e) in &members {
            let _ = write!(out, "{name}::{}, ", variant_name(&e.id));
        }
        out.push_str(
            "];\n\n/// The `operationId`.\npub fn id(self) -> &'static str {\nmatch self {\n",
        );
        for (_, e) in &members {
            let _ = writeln!(out, "{name}::{} => {:?},", variant_name(&e.id), e.id);
        }
        out.push_str("}\n}\n\n/// The operation's entry in the table.\npub fn operation(self) -> &'static Operation {\nmatch self {\n");
        for (index, e) in &members {
            let _ = writeln!(
                out,
                "{name}::{} => &OPERATIONS[{index}],",
                variant_name(&e.id)
            );
        }
        out.push_str("}\n}\n}\n");
    }
    out
}

/// `generated/mod.rs`.
pub fn mod_rs(header: &str, spec_version: &str) -> String {
    format!(
        "// {header}\n\n\
         //! The operation table and schemas generated from the vendor's OpenAPI document.\n\n\
         mod operation_ids;\nmod operations;\nmod record_params;\n\n\
         /// The version of the Public API this table was generated from.\n\
         pub const SPEC_VERSION: &str = {spec_version:?};\n\n\
         pub use operation_ids::{{{enums}}};\n\
         pub use operations::{{operation, OPERATIONS}};\n\
         pub use record_params::record_param;\n\n\
         /// Request-body JSON Schemas (draft 2020-12), keyed by `Operation::body_schema`.\n\
         pub static REQUEST_SCHEMAS_JSON: &str = include_str!(\"request_schemas.json\");\n\n\
         /// Response JSON Schemas (draft 2020-12), keyed by operation id, then status code.\n\
         pub static RESPONSE_SCHEMAS_JSON: &str = include_str!(\"response_schemas.json\");\n",
        enums = Kind::ALL.map(enum_name).join(", "),
    )
}

pub fn enum_name(kind: Kind) -> String {
    format!("{}Operation", kind.rust_variant())
}

/// Variant and TypeScript type prefix: `chargePointsListing` → `ChargePointsListing`.
pub fn variant_name(id: &str) -> String {
    id.to_upper_camel_case()
}

fn path_param(f: &Field) -> String {
    format!(
        "PathParam {{ name: {:?}, value_type: ValueType::{}, enum_values: &[{}] }}",
        f.name,
        f.value_type.rust_variant(),
        join(f.enum_values.iter().map(|v| format!("{v:?}")))
    )
}

fn query_field(f: &Field) -> String {
    format!(
        "QueryField {{ name: {:?}, value_type: ValueType::{}, format: {}, enum_values: &[{}], is_array: {}, required: {} }}",
        f.name,
        f.value_type.rust_variant(),
        option(&f.format),
        join(f.enum_values.iter().map(|v| format!("{v:?}"))),
        f.is_array,
        f.required
    )
}

fn option(value: &Option<String>) -> String {
    match value {
        Some(v) => format!("Some({v:?})"),
        None => "None".into(),
    }
}

/// `&[]`, or one item per line.
fn list(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return "&[]".into();
    }
    let mut out = String::from("&[\n");
    for item in items {
        let _ = writeln!(out, "            {item},");
    }
    out.push_str("        ]");
    out
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}
