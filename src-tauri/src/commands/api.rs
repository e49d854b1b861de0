//! One command per kind of operation. Each takes an operation id restricted to
//! its kind (a string union in TypeScript), so the window cannot, say, send a
//! delete through the listing command. Bodies are checked against the
//! operation's schema in Rust before anything is sent. Every call names the
//! connection (`tenant`, its generation) the window believes is active; a call
//! meant for another one is refused, so nothing started before a switch
//! reaches the tenant switched to.

use ampeco::generated::{
    ActionOperation, CreateOperation, DeleteOperation, ListOperation, ReadOperation,
    UpdateOperation,
};
use ampeco::{ApiResponse, OperationRequest, Page, PageRequest};
use session::{KeptBatch, LoadAllEnd, LoadAllRequest, Session};
use tauri::ipc::Channel;
use tauri::State;

use crate::close_guard::{CloseGuard, WorkKind};
use crate::AppError;

#[tauri::command]
#[specta::specta]
pub async fn list_records(
    session: State<'_, Session>,
    request_id: String,
    tenant: u32,
    operation: ListOperation,
    request: OperationRequest,
) -> Result<Page, AppError> {
    Ok(session
        .on_tenant(tenant)
        .list_page(&request_id, operation.operation(), request)
        .await?)
}

/// "Load all": walks the listing from `start` (the page after those the
/// window holds) until its end or `max_records`, keeping the records here
/// under `key` (see `kept_records`) and telling `on_batch` how far it came;
/// cancel with `cancel_request`.
#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)] // a Tauri command takes its inputs as arguments
pub async fn load_all_pages(
    session: State<'_, Session>,
    request_id: String,
    tenant: u32,
    operation: ListOperation,
    request: OperationRequest,
    start: Option<PageRequest>,
    max_records: u32,
    key: String,
    on_batch: Channel<KeptBatch>,
) -> Result<LoadAllEnd, AppError> {
    let load = LoadAllRequest {
        op: operation.operation(),
        request,
        start,
        max_records,
    };
    Ok(session
        .on_tenant(tenant)
        .load_all_kept(&request_id, &key, load, |batch| {
            // A closed window stops listening; nothing else waits for the count.
            on_batch.send(batch).ok();
        })
        .await?)
}

#[tauri::command]
#[specta::specta]
pub async fn read_record(
    session: State<'_, Session>,
    request_id: String,
    tenant: u32,
    operation: ReadOperation,
    request: OperationRequest,
) -> Result<ApiResponse, AppError> {
    Ok(session
        .on_tenant(tenant)
        .call(&request_id, operation.operation(), request)
        .await?)
}

#[tauri::command]
#[specta::specta]
pub async fn create_record(
    session: State<'_, Session>,
    close_guard: State<'_, CloseGuard>,
    request_id: String,
    tenant: u32,
    operation: CreateOperation,
    request: OperationRequest,
) -> Result<ApiResponse, AppError> {
    let _working = close_guard.begin(WorkKind::Change);
    Ok(session
        .on_tenant(tenant)
        .call(&request_id, operation.operation(), request)
        .await?)
}

#[tauri::command]
#[specta::specta]
pub async fn update_record(
    session: State<'_, Session>,
    close_guard: State<'_, CloseGuard>,
    request_id: String,
    tenant: u32,
    operation: UpdateOperation,
    request: OperationRequest,
) -> Result<ApiResponse, AppError> {
    let _working = close_guard.begin(WorkKind::Change);
    Ok(session
        .on_tenant(tenant)
        .call(&request_id, operation.operation(), request)
        .await?)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_record(
    session: State<'_, Session>,
    close_guard: State<'_, CloseGuard>,
    request_id: String,
    tenant: u32,
    operation: DeleteOperation,
    request: OperationRequest,
) -> Result<ApiResponse, AppError> {
    let _working = close_guard.begin(WorkKind::Change);
    Ok(session
        .on_tenant(tenant)
        .call(&request_id, operation.operation(), request)
        .await?)
}

#[tauri::command]
#[specta::specta]
pub async fn run_action(
    session: State<'_, Session>,
    close_guard: State<'_, CloseGuard>,
    request_id: String,
    tenant: u32,
    operation: ActionOperation,
    request: OperationRequest,
) -> Result<ApiResponse, AppError> {
    let _working = close_guard.begin(WorkKind::Change);
    Ok(session
        .on_tenant(tenant)
        .call(&request_id, operation.operation(), request)
        .await?)
}

/// Cancels the call the window started with `request_id`; false when it had
/// already ended.
#[tauri::command]
#[specta::specta]
pub fn cancel_request(session: State<'_, Session>, request_id: String) -> bool {
    session.cancel(&request_id)
}
