//! Changes to many records: the window names the connection, the operation,
//! the one body and the records; `crates/bulk-run` sends them and reports
//! each record's result over the channel as it finishes.

use bulk_run::{BulkProgress, BulkReport, BulkRequest, BulkRuns};
use session::Session;
use tauri::ipc::Channel;
use tauri::State;

use crate::close_guard::{CloseGuard, WorkKind};
use crate::AppError;

#[tauri::command]
#[specta::specta]
pub async fn run_bulk(
    session: State<'_, Session>,
    runs: State<'_, BulkRuns>,
    close_guard: State<'_, CloseGuard>,
    tenant: u32,
    request: BulkRequest,
    on_progress: Channel<BulkProgress>,
) -> Result<BulkReport, AppError> {
    let _working = close_guard.begin(WorkKind::Change);
    Ok(runs
        .run(&session, tenant, request, |progress| {
            // A closed window stops listening; the run itself carries on to the end.
            on_progress.send(progress).ok();
        })
        .await?)
}

/// Stops run `run_id` from starting more records; false when it had ended.
#[tauri::command]
#[specta::specta]
pub fn cancel_bulk_run(runs: State<'_, BulkRuns>, run_id: String) -> bool {
    runs.cancel(&run_id)
}
