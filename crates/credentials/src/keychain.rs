//! API tokens in the operating system's keychain, one entry per profile.
//!
//! Entries are keyed by service = the namespace (`plugdesk` for release builds,
//! `plugdesk-dev` for debug builds, or a caller's own, e.g. in tests) and user = the profile
//! id, so development and installed builds never read or overwrite each other's tokens.
//!
//! Every call blocks (D-Bus on Linux, Security framework on macOS, Credential Manager on
//! Windows) and may wait for an unlock prompt the OS shows. Async callers must run them off
//! the runtime, e.g. `tokio::task::spawn_blocking(move || keychain.read_token(&id))`;
//! [`Keychain`] is cheap to clone for that.

use std::sync::{Arc, Mutex, PoisonError};

use keyring_core::{CredentialStore, Entry};
use secrecy::{ExposeSecret, SecretString};

use crate::error::{CredentialsError, Result};
use crate::platform_store::{self, from_keyring};

/// Namespace of installed (release) builds.
pub const RELEASE_NAMESPACE: &str = "plugdesk";
/// Namespace of development (debug) builds.
pub const DEV_NAMESPACE: &str = "plugdesk-dev";

/// The account name of the throw-away entry [`Keychain::probe`] writes and deletes.
const PROBE_ACCOUNT: &str = "plugdesk-keychain-probe";

/// Access to the tokens of one namespace.
///
/// The platform store is opened on first use and dropped after any failure, so the next call
/// connects afresh: an operator who installs or unlocks a keyring can press Retry without
/// restarting Plugdesk.
#[derive(Clone)]
pub struct Keychain {
    namespace: String,
    store: Arc<Mutex<Option<Arc<CredentialStore>>>>,
}

impl std::fmt::Debug for Keychain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keychain")
            .field("namespace", &self.namespace)
            .finish_non_exhaustive()
    }
}

impl Keychain {
    /// A keychain for the given namespace (the keychain entries' service name).
    pub fn new(namespace: impl Into<String>) -> Self {
        Self {
            namespace: namespace.into(),
            store: Arc::new(Mutex::new(None)),
        }
    }

    /// The keychain of this build: [`DEV_NAMESPACE`] in debug builds, [`RELEASE_NAMESPACE`]
    /// otherwise.
    pub fn for_this_build() -> Self {
        Self::new(default_namespace())
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// Stores the profile's token, replacing any token stored before.
    pub fn store_token(&self, profile_id: &str, token: &SecretString) -> Result<()> {
        self.with_entry(profile_id, |entry| {
            entry.set_password(token.expose_secret())
        })
    }

    /// Same as [`store_token`](Self::store_token): named for the "replace token" action.
    pub fn replace_token(&self, profile_id: &str, token: &SecretString) -> Result<()> {
        self.store_token(profile_id, token)
    }

    /// The profile's token, or `None` when none is stored.
    pub fn read_token(&self, profile_id: &str) -> Result<Option<SecretString>> {
        self.with_entry(profile_id, |entry| match entry.get_password() {
            Ok(token) => Ok(Some(SecretString::from(token))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(err) => Err(err),
        })
    }

    /// The profile's token; [`CredentialsError::TokenMissing`] when none is stored.
    pub fn require_token(&self, profile_id: &str) -> Result<SecretString> {
        self.read_token(profile_id)?
            .ok_or_else(|| CredentialsError::TokenMissing {
                profile: profile_id.to_string(),
            })
    }

    /// Whether a token is stored, without handing it out.
    pub fn has_token(&self, profile_id: &str) -> Result<bool> {
        Ok(self.read_token(profile_id)?.is_some())
    }

    /// Deletes the profile's token. Deleting a token that is not there is not an error.
    pub fn delete_token(&self, profile_id: &str) -> Result<()> {
        self.with_entry(profile_id, |entry| match entry.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(err) => Err(err),
        })
    }

    /// Checks that the keychain can store, read back and delete an entry right now.
    ///
    /// It writes a throw-away entry, because a read alone succeeds on a locked keyring that
    /// holds nothing for us yet. On a desktop this may show the OS unlock prompt.
    pub fn probe(&self) -> Result<()> {
        let marker = SecretString::from(format!("probe-{}", uuid::Uuid::new_v4()));
        self.store_token(PROBE_ACCOUNT, &marker)?;
        let read_back = self.read_token(PROBE_ACCOUNT)?;
        self.delete_token(PROBE_ACCOUNT)?;
        match read_back {
            Some(token) if token.expose_secret() == marker.expose_secret() => Ok(()),
            _ => Err(CredentialsError::KeychainFailure {
                detail: "the keychain did not return what was just stored in it".into(),
            }),
        }
    }

    /// Runs one keychain operation on this profile's entry, opening the store if needed and
    /// forgetting it after a failure so the next call reconnects.
    fn with_entry<T>(
        &self,
        profile_id: &str,
        operation: impl FnOnce(&Entry) -> keyring_core::Result<T>,
    ) -> Result<T> {
        let store = self.store().map_err(from_keyring)?;
        let outcome =
            platform_store::entry(&store, &self.namespace, profile_id).and_then(|e| operation(&e));
        outcome.map_err(|err| {
            self.forget_store();
            from_keyring(err)
        })
    }

    fn store(&self) -> keyring_core::Result<Arc<CredentialStore>> {
        let mut slot = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(store) = slot.as_ref() {
            return Ok(store.clone());
        }
        let store = platform_store::open()?;
        *slot = Some(store.clone());
        Ok(store)
    }

    fn forget_store(&self) {
        *self.store.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

/// `plugdesk-dev` in debug builds, `plugdesk` in release builds.
pub fn default_namespace() -> &'static str {
    if cfg!(debug_assertions) {
        DEV_NAMESPACE
    } else {
        RELEASE_NAMESPACE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(debug_assertions)]
    #[test]
    fn debug_builds_use_the_dev_namespace() {
        assert_eq!(Keychain::for_this_build().namespace(), DEV_NAMESPACE);
    }

    #[test]
    fn debug_output_names_the_namespace_only() {
        let shown = format!("{:?}", Keychain::new("plugdesk-test"));
        assert_eq!(shown, "Keychain { namespace: \"plugdesk-test\", .. }");
    }
}
