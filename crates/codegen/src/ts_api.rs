//! `ui/src/generated/api.ts`: one function per operation, named after its
//! operationId, typed by the per-operation types of `operations.ts`, calling the
//! Tauri command of the operation's kind from `../bindings`.
//!
//! So `api.usersListing({ query: { filter: { email: "a@b.c" } } }, tenant)`
//! type-checks while a wrong filter, path parameter or body field fails `tsc`.
//! `tenant` is the generation of the connection the caller believes is active;
//! Rust refuses a call meant for another one.

use std::fmt::Write;

use crate::kind::Kind;
use crate::rust_table::variant_name;
use crate::table::TableEntry;

/// The command of `ui/src/bindings.ts` that runs operations of `kind`.
fn command_of(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::List => Some("listRecords"),
        Kind::Read => Some("readRecord"),
        Kind::Create => Some("createRecord"),
        Kind::Update => Some("updateRecord"),
        Kind::Delete => Some("deleteRecord"),
        Kind::Action => Some("runAction"),
        Kind::Other => None,
    }
}

/// Turns the typed parts into the commands' `OperationRequest`: the query's
/// `per_page` is the command's `perPage`, plain parameters go to `params`.
/// The casts only widen: every part was checked against its operation's type.
const PRELUDE: &str = r#"import { commands } from "../bindings";
import type { OperationRequest_Deserialize, Value } from "../bindings";
import type * as Op from "./operations";

type JsonObject = { [key in string]: Value };

interface QueryParts {
  filter?: object;
  include?: readonly string[];
  cursor?: string;
  page?: number;
  per_page?: number;
}

function request(path: object | undefined, query: QueryParts | undefined, body?: unknown): OperationRequest_Deserialize {
  const { filter, include, cursor, page, per_page, ...params } = query ?? {};
  return {
    path: (path ?? {}) as JsonObject,
    query: {
      filter: filter as JsonObject | undefined,
      include: include === undefined ? undefined : [...include],
      cursor,
      page,
      perPage: per_page,
      params: params as JsonObject,
    },
    body: body as Value | undefined,
  };
}

const newRequestId = (): string => crypto.randomUUID();
"#;

/// The text of `api.ts`; fails when an operation's kind has no command.
pub fn api_ts(header: &str, table: &[TableEntry]) -> Result<String, String> {
    let mut out = format!("// {header}\n\n{PRELUDE}");
    for entry in table {
        let command = command_of(entry.kind).ok_or_else(|| {
            format!(
                "{}: operations of kind `{}` have no command in ui/src/bindings.ts",
                entry.id,
                entry.kind.as_str()
            )
        })?;
        out.push_str(&function(entry, command));
    }
    out.push_str("\n/** Every operation by its operationId. */\nexport const api = {\n");
    for entry in table {
        let _ = writeln!(out, "  {},", entry.id);
    }
    out.push_str("};\n");
    Ok(out)
}

fn function(entry: &TableEntry, command: &str) -> String {
    let name = variant_name(&entry.id);
    let has_path = !entry.path_params.is_empty();
    // `filter` itself is optional in the query type, whatever its fields require.
    let query_required = entry.query.iter().any(|f| f.required);
    let mut members = vec![
        format!("path{}: Op.{name}PathParams", optional(has_path)),
        format!("query{}: Op.{name}Query", optional(query_required)),
    ];
    let mut arguments = "params.path, params.query".to_string();
    if entry.body_schema.is_some() {
        members.push(format!(
            "body{}: Op.{name}Body",
            optional(entry.body_required)
        ));
        arguments.push_str(", params.body");
    }
    format!(
        "\n/** {} {} */\nexport function {id}(params: {{ {} }}, tenant: number, requestId?: string) {{\n  return commands.{command}(requestId ?? newRequestId(), tenant, \"{id}\", request({arguments}));\n}}\n",
        entry.method.as_str(),
        entry.path,
        members.join("; "),
        id = entry.id,
    )
}

fn optional(required: bool) -> &'static str {
    if required {
        ""
    } else {
        "?"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{Field, ScalarType};

    fn entry(id: &str, kind: Kind) -> TableEntry {
        TableEntry::for_test(id, kind)
    }

    #[test]
    fn a_listing_without_required_parts_takes_an_empty_object_and_the_tenant() {
        let text = api_ts("header", &[entry("thingsListing", Kind::List)]).unwrap();
        assert!(text.contains(
            "export function thingsListing(params: { path?: Op.ThingsListingPathParams; query?: Op.ThingsListingQuery }, tenant: number, requestId?: string) {\n  return commands.listRecords(requestId ?? newRequestId(), tenant, \"thingsListing\", request(params.path, params.query));"
        ), "{text}");
        assert!(text.ends_with("export const api = {\n  thingsListing,\n};\n"));
    }

    #[test]
    fn path_parameters_and_required_bodies_are_required_arguments() {
        let mut update = entry("thingUpdate", Kind::Update);
        update.path_params = vec![Field {
            name: "thing".into(),
            value_type: ScalarType::Integer,
            format: None,
            enum_values: Vec::new(),
            is_array: false,
            required: true,
        }];
        update.body_schema = Some("thingUpdate".into());
        update.body_required = true;
        let text = api_ts("header", &[update]).unwrap();
        assert!(text.contains(
            "(params: { path: Op.ThingUpdatePathParams; query?: Op.ThingUpdateQuery; body: Op.ThingUpdateBody }, tenant: number, requestId?: string)"
        ), "{text}");
        assert!(text.contains("commands.updateRecord(requestId ?? newRequestId(), tenant, \"thingUpdate\", request(params.path, params.query, params.body))"));
    }

    #[test]
    fn an_operation_without_a_command_stops_generation() {
        let error = api_ts("header", &[entry("thingPoke", Kind::Other)]).unwrap_err();
        assert!(error.contains("thingPoke"), "{error}");
    }
}
