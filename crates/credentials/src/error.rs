//! The one error type of this crate, in words an operator can act on.
//!
//! It is serialised with a `kind` tag so the UI can pick a screen or a button ("Retry") per
//! kind. No variant ever holds a token: keychain failures are described from the error's
//! variant, never from the bytes a store may attach to it.

use std::path::PathBuf;

use serde::Serialize;

use crate::guidance;

/// Everything that can go wrong with profiles and their tokens.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum CredentialsError {
    /// There is no keychain service to talk to (Linux: no session bus or no Secret Service).
    #[error("The system keychain is not available ({detail}). {guidance}")]
    KeychainUnavailable { detail: String, guidance: String },

    /// The keychain service answered, but its keyring is locked.
    #[error("The system keychain is locked. {guidance}")]
    KeychainLocked { guidance: String },

    /// The keychain refused access (an unlock prompt was dismissed, or the entry belongs to
    /// another program).
    #[error("The system keychain refused access. {guidance}")]
    KeychainAccessDenied { guidance: String },

    /// Any other keychain failure; `detail` never contains secret data.
    #[error("The system keychain failed: {detail}")]
    KeychainFailure { detail: String },

    /// The profile has no token in the keychain (never stored, or removed outside Plugdesk).
    #[error("No API token is stored for profile {profile}. Enter the token again.")]
    TokenMissing { profile: String },

    #[error("There is no profile with id {id}.")]
    ProfileNotFound { id: String },

    #[error("A profile named \"{name}\" already exists. Choose another name.")]
    DuplicateName { name: String },

    #[error("{message}")]
    InvalidProfileName { message: String },

    #[error("\"{color}\" is not one of the badge colours.")]
    InvalidProfileColor { color: String },

    #[error("{message}")]
    InvalidTenantUrl { message: String },

    /// A profile's address changed without a token: the stored one belongs to the old address.
    #[error(
        "Enter the API token for the new address too: Plugdesk never sends a stored token to a different address."
    )]
    TokenNeededForNewAddress,

    /// Reading or writing the profile list failed.
    #[error("Could not save or read the profile list at {path}: {message}")]
    StoreIo { path: PathBuf, message: String },

    /// The profile list could not be read; it was moved aside, not deleted.
    #[error(
        "Your profile list could not be read; it was kept as {kept_as}; you can re-add your tenants."
    )]
    StoreCorrupt { kept_as: PathBuf },
}

pub type Result<T, E = CredentialsError> = std::result::Result<T, E>;

impl CredentialsError {
    /// True for the keychain problems an operator can fix outside Plugdesk and then retry.
    pub fn is_retryable_keychain_problem(&self) -> bool {
        matches!(
            self,
            Self::KeychainUnavailable { .. }
                | Self::KeychainLocked { .. }
                | Self::KeychainAccessDenied { .. }
        )
    }

    pub(crate) fn store_io(path: impl Into<PathBuf>, err: impl std::fmt::Display) -> Self {
        Self::StoreIo {
            path: path.into(),
            message: err.to_string(),
        }
    }

    pub(crate) fn keychain_unavailable(detail: impl Into<String>) -> Self {
        Self::KeychainUnavailable {
            detail: detail.into(),
            guidance: guidance::unavailable().to_string(),
        }
    }

    pub(crate) fn keychain_locked() -> Self {
        Self::KeychainLocked {
            guidance: guidance::locked().to_string(),
        }
    }

    // Windows' store never reports a refusal we can recognise (see platform_store).
    #[cfg_attr(target_os = "windows", allow(dead_code))]
    pub(crate) fn keychain_access_denied() -> Self {
        Self::KeychainAccessDenied {
            guidance: guidance::access_denied().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_with_a_kind_tag_and_camel_case_fields() {
        let err = CredentialsError::StoreCorrupt {
            kept_as: PathBuf::from("profiles.json.corrupt-1"),
        };
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "storeCorrupt", "keptAs": "profiles.json.corrupt-1"})
        );

        let json = serde_json::to_value(CredentialsError::keychain_locked()).unwrap();
        assert_eq!(json["kind"], "keychainLocked");
        assert!(json["guidance"].as_str().unwrap().contains("Retry"));
    }

    #[test]
    fn keychain_problems_are_retryable_and_others_are_not() {
        assert!(CredentialsError::keychain_unavailable("x").is_retryable_keychain_problem());
        assert!(CredentialsError::keychain_locked().is_retryable_keychain_problem());
        assert!(!CredentialsError::TokenMissing {
            profile: "p".into()
        }
        .is_retryable_keychain_problem());
    }
}
