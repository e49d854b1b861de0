//! `ui/src/generated/unions.ts`: the string unions the UI keys its hand-written
//! overlay by, so a misspelt resource key or operation id fails `tsc`, and the
//! spec version the files were generated from.

use std::fmt::Write;

use crate::catalog::Catalog;
use crate::kind::Kind;
use crate::rust_table::enum_name;

/// The text of `unions.ts`.
pub fn unions_ts(header: &str, spec_version: &str, catalog: &Catalog) -> String {
    let mut out = format!("// {header}\n\n");
    // The kinds the commands take; tauri-specta exports no union for a kind without operations.
    let kinds = [
        Kind::List,
        Kind::Read,
        Kind::Create,
        Kind::Update,
        Kind::Delete,
        Kind::Action,
    ]
    .map(enum_name);
    let _ = writeln!(
        out,
        "import type {{ {} }} from \"../bindings\";\n",
        kinds.join(", ")
    );
    let _ = writeln!(out, "export type {{ {} }};\n", kinds.join(", "));
    out.push_str("/** The version of the Public API these files were generated from. */\n");
    let _ = writeln!(out, "export const SPEC_VERSION = {spec_version:?};\n");

    out.push_str("/** Every operation id the commands take, of any kind. */\n");
    let _ = writeln!(out, "export type OperationId = {};\n", kinds.join(" | "));

    out.push_str("/** Every resource of the catalog, older API versions included. */\n");
    out.push_str(&union(
        "ResourceKey",
        catalog.resources.iter().map(|r| r.key.as_str()),
    ));
    out.push_str(
        "\n/**\n * The top-level resources of the current API version: the entries the navigation groups;\n \
         * an older version (`charge-points-v1-0`) sits in its current version's group.\n */\n",
    );
    out.push_str(&union(
        "TopLevelResourceKey",
        catalog
            .resources
            .iter()
            .filter(|r| r.parent.is_none() && r.current_key == r.key)
            .map(|r| r.key.as_str()),
    ));
    out
}

fn union<'a>(name: &str, members: impl Iterator<Item = &'a str>) -> String {
    let mut members: Vec<&str> = members.collect();
    members.sort_unstable();
    members.dedup();
    let mut out = format!("export type {name} =\n");
    for member in members {
        let _ = writeln!(out, "  | {member:?}");
    }
    out.pop();
    out.push_str(";\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_list_each_member_once_in_order() {
        assert_eq!(
            union("Key", ["b", "a", "b"].into_iter()),
            "export type Key =\n  | \"a\"\n  | \"b\";\n"
        );
    }
}
