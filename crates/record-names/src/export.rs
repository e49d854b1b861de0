//! "With names" for exports: beside each reference column, a column with the
//! name of the record it refers to (`locationId (name)`), looked up page by
//! page through the same batching and cache as the screens.

use std::collections::HashMap;

use futures_util::future::BoxFuture;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use session::{PageExtras, Session, SessionError};

use crate::naming::id_text;
use crate::{NameLookup, NameOutcome, Names};

/// One reference field of the exported records and how its targets are named
/// (the lookup's own `ids` are ignored: each page brings its own).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct NameColumn {
    pub field: String,
    pub lookup: NameLookup,
}

/// The heading of the column naming `field`'s records.
pub fn name_column_heading(field: &str) -> String {
    format!("{field} (name)")
}

/// Adds a name column per reference to every exported page.
pub struct ExportNames<'n> {
    names: &'n Names,
    columns: Vec<NameColumn>,
}

impl<'n> ExportNames<'n> {
    pub fn new(names: &'n Names, columns: Vec<NameColumn>) -> ExportNames<'n> {
        ExportNames { names, columns }
    }
}

impl PageExtras for ExportNames<'_> {
    fn add<'a>(
        &'a mut self,
        session: &'a Session,
        generation: u32,
        records: &'a mut Vec<Value>,
    ) -> BoxFuture<'a, Result<(), SessionError>> {
        Box::pin(async move {
            for column in &self.columns {
                let ids: Vec<String> = records
                    .iter()
                    .filter_map(|record| record.get(&column.field).and_then(id_text))
                    .collect();
                let mut named: HashMap<String, String> = HashMap::new();
                if !ids.is_empty() {
                    let lookup = NameLookup {
                        ids,
                        ..column.lookup.clone()
                    };
                    for resolved in self.names.resolve(session, generation, lookup).await? {
                        if let NameOutcome::Named { name } = resolved.outcome {
                            named.insert(resolved.id, name);
                        }
                    }
                }
                let heading = name_column_heading(&column.field);
                for record in records.iter_mut() {
                    let Some(fields) = record.as_object_mut() else {
                        continue;
                    };
                    let name = fields
                        .get(&column.field)
                        .and_then(id_text)
                        .and_then(|id| named.get(&id).cloned());
                    // Every record gets the column, so a CSV header fixed by the first page has it.
                    fields.insert(heading.clone(), name.map_or(Value::Null, Value::String));
                }
            }
            Ok(())
        })
    }
}
