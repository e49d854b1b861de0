//! Opening this operating system's credential store and reading what its failures mean.
//!
//! We build the store ourselves from `keyring-core` and the platform store crates (the same
//! ones `keyring` 4 picks) instead of using `keyring`'s process-wide default store: that one is
//! set up once per process, so a keychain that was missing at start-up would stay missing
//! until a restart. A fresh store per attempt lets the operator fix the keychain and retry.

use std::error::Error as StdError;
use std::sync::Arc;

use keyring_core::{CredentialStore, Entry};

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

/// The entry for one profile's token. On Linux it gets a label people recognise in their
/// keyring manager (Passwords and Keys, KWalletManager); the other stores have no label
/// setting and show the service and account names.
pub fn entry(
    store: &Arc<CredentialStore>,
    namespace: &str,
    profile_id: &str,
) -> keyring_core::Result<Entry> {
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    {
        let label = format!("Plugdesk API token ({namespace}, profile {profile_id})");
        let modifiers = std::collections::HashMap::from([("label", label.as_str())]);
        Entry::new_in_store_with_modifiers(store, namespace, profile_id, &modifiers)
    }
    #[cfg(not(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    )))]
    {
        Entry::new_in_store(store, namespace, profile_id)
    }
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

/// macOS: decided by the Security framework's status code (OSStatus).
#[cfg(target_os = "macos")]
pub fn classify_no_access(inner: &PlatformError) -> CredentialsError {
    match macos_status(inner) {
        // wrPermErr, errSecReadOnly, errSecInvalidOwnerEdit, errSecDuplicateItem: the item or
        // keychain belongs to someone else or may not be written.
        Some(-61 | -25292 | -25244 | -25299) => CredentialsError::keychain_access_denied(),
        // errSecNotAvailable, errSecNoSuchKeychain, errSecInvalidKeychain.
        Some(code @ (-25291 | -25294 | -25295)) => {
            CredentialsError::keychain_unavailable(format!("{inner} (OSStatus {code})"))
        }
        _ => CredentialsError::keychain_locked(),
    }
}

#[cfg(target_os = "macos")]
pub fn classify_failure(inner: &PlatformError) -> CredentialsError {
    match macos_status(inner) {
        // userCanceledErr, errSecAuthFailed: the unlock or access prompt was refused.
        Some(-128 | -25293) => CredentialsError::keychain_access_denied(),
        // errSecInteractionNotAllowed: locked, and no prompt could be shown.
        Some(-25308) => CredentialsError::keychain_locked(),
        _ => CredentialsError::keychain_unavailable(inner.to_string()),
    }
}

#[cfg(target_os = "macos")]
fn macos_status(inner: &PlatformError) -> Option<i32> {
    inner
        .downcast_ref::<security_framework::base::Error>()
        .map(|err| err.code())
}

/// Windows reports `NoStorageAccess` only for "no such logon session": Credential Manager
/// opens with an interactive sign-in, much like a keyring that is unlocked at login.
#[cfg(target_os = "windows")]
pub fn classify_no_access(_inner: &PlatformError) -> CredentialsError {
    CredentialsError::keychain_locked()
}

/// The Windows store's error type is private, so its codes cannot be told apart here; its
/// message carries the Win32 error code for support.
#[cfg(target_os = "windows")]
pub fn classify_failure(inner: &PlatformError) -> CredentialsError {
    CredentialsError::keychain_unavailable(inner.to_string())
}

/// What a keychain failure means, decided from the error's variant.
///
/// `NoEntry` is not an error for callers of this crate; it is handled before this point.
pub(crate) fn from_keyring(err: keyring_core::Error) -> CredentialsError {
    use keyring_core::Error as K;
    match err {
        K::NoStorageAccess(inner) => classify_no_access(&*inner),
        K::PlatformFailure(inner) => classify_failure(&*inner),
        K::NoDefaultStore => CredentialsError::keychain_unavailable("no keychain store is set up"),
        // The attached bytes would be the secret itself: describe, never show them.
        K::BadEncoding(_) => CredentialsError::KeychainFailure {
            detail: "the stored token is not valid text; store it again".into(),
        },
        K::BadDataFormat(_, _) => CredentialsError::KeychainFailure {
            detail: "the stored token is malformed; store it again".into(),
        },
        K::Ambiguous(entries) => CredentialsError::KeychainFailure {
            detail: format!(
                "{} keychain entries match this profile; remove the extra ones in the keychain manager",
                entries.len()
            ),
        },
        other => CredentialsError::KeychainFailure {
            detail: other.to_string(),
        },
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

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

#[cfg(test)]
mod mapping_tests {
    use super::*;

    #[test]
    fn secret_bytes_attached_to_keyring_errors_never_reach_the_message() {
        let secret = b"tok-SECRET-123".to_vec();
        let mapped = from_keyring(keyring_core::Error::BadEncoding(secret.clone()));
        let mapped_format = from_keyring(keyring_core::Error::BadDataFormat(
            secret,
            "bad padding".into(),
        ));
        for err in [mapped, mapped_format] {
            let shown = format!("{err} {err:?} {}", serde_json::to_string(&err).unwrap());
            assert!(!shown.contains("SECRET"), "{shown}");
            // The bytes are also not shown as numbers.
            assert!(!shown.contains("116, 111, 107"), "{shown}");
        }
    }
}
