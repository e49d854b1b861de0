//! Opening this operating system's credential store and reading what its failures mean.
//!
//! We build the store ourselves from `keyring-core` and the platform store crates (the same
//! ones `keyring` 4 picks) instead of using `keyring`'s process-wide default store: that one is
//! set up once per process, so a keychain that was missing at start-up would stay missing
//! until a restart. A fresh store per attempt lets the operator fix the keychain and retry.

use std::error::Error as StdError;
use std::sync::Arc;

use keyring_core::CredentialStore;

use crate::error::CredentialsError;

type PlatformError = dyn StdError + Send + Sync;

/// Connects to the platform store. On Linux this opens a D-Bus connection to the Secret
/// Service, so it fails when there is no session bus or no provider.
pub fn open() -> keyring_core::Result<Arc<CredentialStore>> {
    #[cfg(target_os = "macos")]
    let store: Arc<CredentialStore> = apple_native_keyring_store::keychain::Store::new()?;
    #[cfg(target_os = "windows")]
    let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new()?;
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new()?;
    Ok(store)
}

/// A `NoStorageAccess` failure: the store is there but will not let us in.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
pub fn classify_no_access(inner: &PlatformError) -> CredentialsError {
    use secret_service::Error as Ss;
    match inner.downcast_ref::<Ss>() {
        // The operator (or the desktop) dismissed the unlock prompt.
        Some(Ss::Prompt) => CredentialsError::keychain_access_denied(),
        // `Locked`, and `NoResult`, which is what gnome-keyring answers when its default
        // keyring is locked and no unlock prompt can be shown.
        _ => CredentialsError::keychain_locked(),
    }
}

/// A `PlatformFailure`: the store could not be reached or failed underneath.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
pub fn classify_failure(inner: &PlatformError) -> CredentialsError {
    use secret_service::Error as Ss;
    match inner.downcast_ref::<Ss>() {
        Some(Ss::PromptDisconnected) => CredentialsError::keychain_locked(),
        Some(Ss::Prompt) => CredentialsError::keychain_access_denied(),
        // No bus, no provider on the bus, or a broken connection.
        _ => CredentialsError::keychain_unavailable(inner.to_string()),
    }
}

/// macOS reports locked, read-only, missing and foreign-owned keychain items all as
/// `NoStorageAccess`; the guidance covers unlocking, which is by far the most common cause.
#[cfg(target_os = "macos")]
pub fn classify_no_access(_inner: &PlatformError) -> CredentialsError {
    CredentialsError::keychain_locked()
}

#[cfg(target_os = "macos")]
pub fn classify_failure(inner: &PlatformError) -> CredentialsError {
    CredentialsError::keychain_unavailable(inner.to_string())
}

/// Windows reports `NoStorageAccess` only for "no logon session": Credential Manager needs an
/// interactive sign-in.
#[cfg(target_os = "windows")]
pub fn classify_no_access(_inner: &PlatformError) -> CredentialsError {
    CredentialsError::keychain_locked()
}

#[cfg(target_os = "windows")]
pub fn classify_failure(inner: &PlatformError) -> CredentialsError {
    CredentialsError::keychain_unavailable(inner.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn secret_service_failures_map_by_variant() {
        use secret_service::Error as Ss;
        let kind = |e: CredentialsError| serde_json::to_value(e).unwrap()["kind"].clone();
        assert_eq!(kind(classify_no_access(&Ss::NoResult)), "keychainLocked");
        assert_eq!(kind(classify_no_access(&Ss::Locked)), "keychainLocked");
        assert_eq!(
            kind(classify_no_access(&Ss::Prompt)),
            "keychainAccessDenied"
        );
        assert_eq!(
            kind(classify_failure(&Ss::Unavailable)),
            "keychainUnavailable"
        );
        assert_eq!(
            kind(classify_failure(&Ss::PromptDisconnected)),
            "keychainLocked"
        );
    }
}
