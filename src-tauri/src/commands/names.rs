//! Names for references: the window names the connection it shows and the ids
//! of one target resource; `crates/record-names` looks them up.

use record_names::{NameLookup, Names, ResolvedName};
use session::Session;
use tauri::State;

use crate::AppError;

#[tauri::command]
#[specta::specta]
pub async fn resolve_names(
    session: State<'_, Session>,
    names: State<'_, Names>,
    tenant: u32,
    lookup: NameLookup,
) -> Result<Vec<ResolvedName>, AppError> {
    Ok(names.resolve(&session, tenant, lookup).await?)
}
