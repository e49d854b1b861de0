//! Error answers in the API's shapes: `{message}` and, for 422, `{message, errors}`.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: Value,
}

impl ApiError {
    pub fn message(status: StatusCode, message: &str) -> ApiError {
        ApiError {
            status,
            body: json!({ "message": message }),
        }
    }

    pub fn not_found() -> ApiError {
        ApiError::message(StatusCode::NOT_FOUND, "Not found.")
    }

    pub fn unauthenticated() -> ApiError {
        ApiError::message(StatusCode::UNAUTHORIZED, "Unauthenticated.")
    }

    /// 422 with one message for one field.
    pub fn invalid(field: &str, text: &str) -> ApiError {
        let mut errors = BTreeMap::new();
        errors.insert(field.to_owned(), vec![text.to_owned()]);
        ApiError::validation("The given data was invalid.".to_owned(), errors)
    }

    pub fn validation(message: String, errors: BTreeMap<String, Vec<String>>) -> ApiError {
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            body: json!({ "message": message, "errors": errors }),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}
