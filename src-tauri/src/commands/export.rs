use ampeco::generated::ListOperation;
use ampeco::OperationRequest;
use session::{ExportFormat, ExportProgress, ExportResult, Listing, Session};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use crate::close_guard::{CloseGuard, WorkKind};
use crate::AppError;

/// Exports every record of a listing into the operator's Downloads folder,
/// reporting progress after each page; cancel with `cancel_request`.
#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)] // a Tauri command takes its inputs as arguments
pub async fn export_listing(
    app: AppHandle,
    session: State<'_, Session>,
    close_guard: State<'_, CloseGuard>,
    request_id: String,
    tenant: u32,
    operation: ListOperation,
    request: OperationRequest,
    format: ExportFormat,
    name: String,
    on_progress: Channel<ExportProgress>,
) -> Result<ExportResult, AppError> {
    let dir = app
        .path()
        .download_dir()
        .map_err(|_| AppError::internal("Plugdesk could not find your Downloads folder."))?;
    let _working = close_guard.begin(WorkKind::Export);
    let listing = Listing {
        op: operation.operation(),
        request,
    };
    Ok(session
        .on_tenant(tenant)
        .export_listing(&request_id, listing, format, &dir, &name, |progress| {
            // A closed window stops listening; the export itself carries on to the end.
            on_progress.send(progress).ok();
        })
        .await?)
}
