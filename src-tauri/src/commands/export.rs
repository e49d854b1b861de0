use ampeco::generated::ListOperation;
use ampeco::OperationRequest;
use record_names::{ExportNames, NameColumn, Names};
use session::{ExportFormat, ExportProgress, ExportResult, Listing, PageExtras, Session};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use crate::close_guard::{CloseGuard, WorkKind};
use crate::AppError;

/// What the export writes: its format, a name for the file, and the reference
/// fields to add a column of names beside (none for the records as they are).
#[derive(Debug, Clone, serde::Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ExportFile {
    pub format: ExportFormat,
    pub name: String,
    pub name_columns: Vec<NameColumn>,
}

/// Exports every record of a listing into the operator's Downloads folder,
/// reporting progress after each page; cancel with `cancel_request`.
#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)] // a Tauri command takes its inputs as arguments
pub async fn export_listing(
    app: AppHandle,
    session: State<'_, Session>,
    names: State<'_, Names>,
    close_guard: State<'_, CloseGuard>,
    request_id: String,
    tenant: u32,
    operation: ListOperation,
    request: OperationRequest,
    file: ExportFile,
    on_progress: Channel<ExportProgress>,
) -> Result<ExportResult, AppError> {
    let dir = app
        .path()
        .download_dir()
        .map_err(|_| AppError::internal("Plugdesk could not find your Downloads folder."))?;
    let _working = close_guard.begin(WorkKind::Export);
    let ExportFile {
        format,
        name,
        name_columns,
    } = file;
    let extras = (!name_columns.is_empty())
        .then(|| Box::new(ExportNames::new(&names, name_columns)) as Box<dyn PageExtras + '_>);
    let listing = Listing {
        op: operation.operation(),
        request,
        extras,
    };
    Ok(session
        .on_tenant(tenant)
        .export_listing(&request_id, listing, format, &dir, &name, |progress| {
            // A closed window stops listening; the export itself carries on to the end.
            on_progress.send(progress).ok();
        })
        .await?)
}
