//! The one error type that crosses from Rust to the webview.
//!
//! Every command returns `Result<T, AppError>`. The webview receives a tagged
//! union (`{ kind: "network", message: "..." }`), so the UI can choose what to
//! show by `kind` and always has a plain-words `message` to fall back on. Engine
//! crates keep their own error types; this module only translates them.

use std::collections::BTreeMap;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type, thiserror::Error)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum AppError {
    /// The tenant rejected the API token (revoked, mistyped, expired).
    #[error("{message}")]
    Unauthorized { message: String },
    /// The token is valid but lacks permission for this operation.
    #[error("{message}")]
    Forbidden { message: String },
    #[error("{message}")]
    NotFound { message: String },
    /// Field-by-field problems, from our own checks or the tenant's 422 answer.
    #[error("{message}")]
    Validation {
        message: String,
        errors: BTreeMap<String, Vec<String>>,
    },
    #[error("{message}")]
    #[serde(rename_all = "camelCase")]
    RateLimited {
        message: String,
        /// Seconds; u32 because TypeScript numbers cannot hold every u64.
        retry_after_secs: Option<u32>,
    },
    #[error("{message}")]
    Server { message: String, status: u16 },
    #[error("{message}")]
    Network { message: String },
    #[error("{message}")]
    Timeout { message: String },
    #[error("{message}")]
    Cancelled { message: String },
    /// No keychain service could be reached (e.g. no Secret Service on Linux).
    #[error("{message}")]
    KeychainUnavailable { message: String, guidance: String },
    /// A keychain exists but is locked or refused access.
    #[error("{message}")]
    KeychainLocked { message: String, guidance: String },
    /// The active profile is read-only and the operation would change data.
    #[error("{message}")]
    ReadOnlyProfile { message: String },
    /// No tenant is connected yet: the window offers to connect one instead of an error.
    #[error("{message}")]
    NotConnected { message: String },
    /// The request could not be built (unknown operation, missing id, bad filter).
    #[error("{message}")]
    InvalidRequest { message: String },
    /// The tenant answered something Plugdesk did not expect.
    #[error("{message}")]
    #[serde(rename_all = "camelCase")]
    Protocol {
        message: String,
        status: Option<u16>,
        raw_body: String,
    },
    /// A change with this request id was already sent and may have been
    /// applied; the window must not offer to send it again as it is.
    #[error("{message}")]
    AlreadySent { message: String },
    /// The tenant was switched after the window sent the call: nothing was sent.
    #[error("{message}")]
    TenantChanged { message: String },
    /// Anything else; the message is safe to show and never contains secrets.
    #[error("{message}")]
    Internal { message: String },
}

impl AppError {
    pub fn internal(message: impl Into<String>) -> Self {
        AppError::Internal {
            message: message.into(),
        }
    }
}

impl From<ampeco::Error> for AppError {
    fn from(error: ampeco::Error) -> Self {
        // The client's Display is already written for operators; keep it as the message.
        let message = error.to_string();
        use ampeco::Error as E;
        match error {
            E::Unauthorized { .. } => AppError::Unauthorized { message },
            E::Forbidden { .. } => AppError::Forbidden { message },
            E::NotFound { .. } => AppError::NotFound { message },
            E::Validation { errors, .. } => AppError::Validation { message, errors },
            E::RateLimited {
                retry_after_secs, ..
            } => AppError::RateLimited {
                message,
                retry_after_secs: retry_after_secs
                    .map(|secs| u32::try_from(secs).unwrap_or(u32::MAX)),
            },
            E::Server { status, .. } => AppError::Server { message, status },
            E::Network { .. } => AppError::Network { message },
            E::Timeout | E::Busy { .. } => AppError::Timeout { message },
            E::ResponseTooLarge { .. } => AppError::Protocol {
                message,
                status: None,
                raw_body: String::new(),
            },
            E::Cancelled => AppError::Cancelled { message },
            E::ReadOnlyProfile => AppError::ReadOnlyProfile { message },
            E::InvalidRequest { .. } | E::InsecureUrl { .. } => {
                AppError::InvalidRequest { message }
            }
            E::Protocol {
                status, raw_body, ..
            } => AppError::Protocol {
                message,
                status: Some(status),
                raw_body,
            },
        }
    }
}

impl From<credentials::CredentialsError> for AppError {
    fn from(error: credentials::CredentialsError) -> Self {
        use credentials::CredentialsError as E;
        let message = error.to_string();
        let field = |name: &str| AppError::Validation {
            message: message.clone(),
            errors: BTreeMap::from([(name.to_owned(), vec![message.clone()])]),
        };
        match error {
            E::KeychainUnavailable { guidance, .. } => {
                AppError::KeychainUnavailable { message, guidance }
            }
            E::KeychainLocked { guidance } | E::KeychainAccessDenied { guidance } => {
                AppError::KeychainLocked { message, guidance }
            }
            // The profile exists but its token is gone: the window asks for it again.
            E::TokenMissing { .. } => AppError::Unauthorized { message },
            E::ProfileNotFound { .. } => AppError::NotFound { message },
            E::DuplicateName { .. } | E::InvalidProfileName { .. } => field("name"),
            E::InvalidTenantUrl { .. } => field("tenantUrl"),
            E::TokenNeededForNewAddress => field("token"),
            E::InvalidProfileColor { .. } => field("color"),
            E::KeychainFailure { .. } | E::StoreIo { .. } | E::StoreCorrupt { .. } => {
                AppError::Internal { message }
            }
        }
    }
}

impl From<session::SessionError> for AppError {
    fn from(error: session::SessionError) -> Self {
        use session::SessionError as E;
        match error {
            E::Api(error) => error.into(),
            E::Credentials(error) => error.into(),
            E::Activity(message) => AppError::Internal { message },
            E::SavedViews(error) => error.into(),
            E::ExportFile(_) | E::Demo(_) => AppError::Internal {
                message: error.to_string(),
            },
            E::NotConnected => AppError::NotConnected {
                message: error.to_string(),
            },
            E::AlreadySent => AppError::AlreadySent {
                message: error.to_string(),
            },
            E::TenantChanged => AppError::TenantChanged {
                message: error.to_string(),
            },
            E::AlreadyInFlight | E::UnknownOperation(_) | E::ProfilesUnavailable => {
                AppError::InvalidRequest {
                    message: error.to_string(),
                }
            }
        }
    }
}

impl From<session::ViewError> for AppError {
    fn from(error: session::ViewError) -> Self {
        use session::ViewError as E;
        let message = error.to_string();
        match error {
            // The save and rename dialogs show these under the name field.
            E::NameTaken { .. } | E::InvalidName => AppError::Validation {
                errors: BTreeMap::from([("name".to_owned(), vec![message.clone()])]),
                message,
            },
            E::NotFound => AppError::NotFound { message },
            E::Open { .. } | E::Database(_) | E::Unavailable => AppError::Internal { message },
        }
    }
}

impl From<insights::InsightsError> for AppError {
    fn from(error: insights::InsightsError) -> Self {
        use insights::InsightsError as E;
        match error {
            E::Api(error) => error.into(),
            E::Session(error) => error.into(),
            // The window asks again for the tenant it now shows; nothing to report.
            E::TenantChanged => AppError::Cancelled {
                message: error.to_string(),
            },
            E::NotConnected => AppError::NotConnected {
                message: error.to_string(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_taken_view_name_is_a_problem_of_the_name_field() {
        let error: AppError = session::ViewError::NameTaken {
            name: "Offline".into(),
        }
        .into();
        let AppError::Validation { message, errors } = error else {
            panic!("not a validation error: {error:?}");
        };
        assert!(message.contains("“Offline” already exists"), "{message}");
        assert_eq!(errors["name"], vec![message]);
    }

    // The UI switches on these exact shapes; changing one is a breaking change
    // for `ui/src/api/errors.ts` and must be deliberate.
    #[test]
    fn json_shape_is_a_tagged_union_with_camel_case_fields() {
        let cases = [
            (
                AppError::Unauthorized {
                    message: "m".into(),
                },
                json!({"kind": "unauthorized", "message": "m"}),
            ),
            (
                AppError::Validation {
                    message: "m".into(),
                    errors: BTreeMap::from([("email".into(), vec!["is taken".into()])]),
                },
                json!({"kind": "validation", "message": "m", "errors": {"email": ["is taken"]}}),
            ),
            (
                AppError::RateLimited {
                    message: "m".into(),
                    retry_after_secs: Some(3),
                },
                json!({"kind": "rateLimited", "message": "m", "retryAfterSecs": 3}),
            ),
            (
                AppError::Server {
                    message: "m".into(),
                    status: 503,
                },
                json!({"kind": "server", "message": "m", "status": 503}),
            ),
            (
                AppError::KeychainLocked {
                    message: "m".into(),
                    guidance: "g".into(),
                },
                json!({"kind": "keychainLocked", "message": "m", "guidance": "g"}),
            ),
            (
                AppError::ReadOnlyProfile {
                    message: "m".into(),
                },
                json!({"kind": "readOnlyProfile", "message": "m"}),
            ),
            (
                AppError::Protocol {
                    message: "m".into(),
                    status: Some(200),
                    raw_body: "<html>".into(),
                },
                json!({"kind": "protocol", "message": "m", "status": 200, "rawBody": "<html>"}),
            ),
            (
                AppError::NotConnected {
                    message: "m".into(),
                },
                json!({"kind": "notConnected", "message": "m"}),
            ),
            (
                AppError::internal("m"),
                json!({"kind": "internal", "message": "m"}),
            ),
        ];
        for (error, expected) in cases {
            assert_eq!(serde_json::to_value(&error).unwrap(), expected);
        }
    }

    #[test]
    fn client_errors_keep_their_kind_and_plain_message() {
        let error: AppError = ampeco::Error::Validation {
            message: "The given data was invalid.".into(),
            errors: BTreeMap::from([("email".into(), vec!["is not an email".into()])]),
        }
        .into();
        let AppError::Validation { message, errors } = error else {
            panic!("validation stays validation");
        };
        assert!(!message.is_empty());
        assert_eq!(errors["email"], vec!["is not an email".to_string()]);

        let error: AppError = session::SessionError::NotConnected.into();
        assert!(matches!(error, AppError::NotConnected { .. }));
        assert!(error.to_string().contains("not connected"));
        let error: AppError = ampeco::Error::Timeout.into();
        assert!(matches!(error, AppError::Timeout { .. }));
    }

    #[test]
    fn display_is_the_plain_message() {
        let error = AppError::Network {
            message: "Plugdesk could not reach the tenant.".into(),
        };
        assert_eq!(error.to_string(), "Plugdesk could not reach the tenant.");
    }
}
