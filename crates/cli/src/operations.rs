//! The `operations` command: the operation table, as text or JSON.

use std::io::Write;

use ampeco::operation::{Operation, OperationKind};

use crate::args::Kind;
use crate::failure::Failure;

pub fn print_operations(
    kind: Option<Kind>,
    json: bool,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let selected: Vec<&Operation> = ampeco::generated::OPERATIONS
        .iter()
        .filter(|op| kind.is_none_or(|kind| op.kind == operation_kind(kind)))
        .collect();
    if json {
        serde_json::to_writer_pretty(&mut *out, &selected).map_err(std::io::Error::from)?;
        writeln!(out)?;
        return Ok(());
    }
    for op in selected {
        let kind = serde_json::to_value(op.kind).ok();
        let kind = kind.as_ref().and_then(|kind| kind.as_str()).unwrap_or("");
        let note = match (op.deprecated, op.replaced_by) {
            (true, Some(newer)) => format!("  (deprecated: use {newer})"),
            (true, None) => "  (deprecated)".to_owned(),
            (false, _) => String::new(),
        };
        writeln!(
            out,
            "{:<56} {:<7} {:<6} {}{note}",
            op.id,
            kind,
            op.method.as_str(),
            op.path
        )?;
    }
    Ok(())
}

fn operation_kind(kind: Kind) -> OperationKind {
    match kind {
        Kind::List => OperationKind::List,
        Kind::Read => OperationKind::Read,
        Kind::Create => OperationKind::Create,
        Kind::Update => OperationKind::Update,
        Kind::Delete => OperationKind::Delete,
        Kind::Action => OperationKind::Action,
        Kind::Other => OperationKind::Other,
    }
}
