//! Request bodies for forms: the schema a form renders from, and the same
//! check the client runs before sending, so the window can show field
//! messages before the operator submits.

use ampeco::generated::operation;
use ampeco::validate::RequestSchemas;
use serde_json::Value;

use crate::SessionError;

/// The JSON Schema of `operation_id`'s request body; `None` when it takes none.
pub fn request_body_schema(operation_id: &str) -> Result<Option<Value>, SessionError> {
    let op = operation(operation_id)
        .ok_or_else(|| SessionError::UnknownOperation(operation_id.to_owned()))?;
    Ok(op
        .body_schema
        .and_then(|id| RequestSchemas::generated().schema(id).cloned()))
}

/// Checks `body` for `operation_id`; field problems come back as
/// `ampeco::Error::Validation`, the shape of the API's own 422 answer.
pub fn validate_request_body(operation_id: &str, body: &Value) -> Result<(), SessionError> {
    let op = operation(operation_id)
        .ok_or_else(|| SessionError::UnknownOperation(operation_id.to_owned()))?;
    let Some(schema_id) = op.body_schema else {
        return Ok(());
    };
    Ok(RequestSchemas::generated().validate(schema_id, body)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_create_form_gets_its_schema_and_field_messages() {
        let schema = request_body_schema("userCreate")
            .unwrap()
            .expect("users are created with a body");
        assert_eq!(schema["type"], "object");
        let error = validate_request_body("userCreate", &json!({})).unwrap_err();
        let SessionError::Api(ampeco::Error::Validation { errors, .. }) = error else {
            panic!("missing fields are field messages");
        };
        assert!(!errors.is_empty());
    }

    #[test]
    fn unknown_operations_are_named() {
        let error = request_body_schema("noSuchOperation").unwrap_err();
        assert_eq!(
            error,
            SessionError::UnknownOperation("noSuchOperation".into())
        );
    }
}
