//! What forms need from Rust: the request-body schema to render from, and the
//! check that runs again before sending (the CSP forbids compiling validators
//! in the webview).

use serde_json::Value;

use crate::AppError;

#[tauri::command]
#[specta::specta]
pub fn request_body_schema(operation_id: String) -> Result<Option<Value>, AppError> {
    Ok(session::request_body_schema(&operation_id)?)
}

#[tauri::command]
#[specta::specta]
pub fn validate_request_body(operation_id: String, body: Value) -> Result<(), AppError> {
    Ok(session::validate_request_body(&operation_id, &body)?)
}
