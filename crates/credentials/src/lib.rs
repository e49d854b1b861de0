//! Tenant profiles and their API tokens.
//!
//! - [`TenantUrl`] normalises the tenant address an operator pastes.
//! - [`ProfileStore`] keeps the profile list (no secrets) in the app's config folder.
//! - [`Keychain`] keeps each profile's token in the operating system's keychain.
//! - [`CredentialsError`] says what went wrong and, for keychain problems, what to do.
//!
//! Tokens are [`SecretString`]s: they never print, and no type here stores or shows one.
//! Keychain calls block; see [`keychain`] for use from async code.
//!
//! Tests: `cargo test -p credentials` runs everything that needs no keychain plus the
//! keychain failure cases (each in a child process with no bus, or a bus without an unlocked
//! keyring). `scripts/with-keyring.sh cargo test -p credentials` adds the real Secret Service
//! round trip in a private D-Bus session with a fresh gnome-keyring.

mod error;
mod guidance;
pub mod keychain;
mod platform_store;
mod profile;
mod store;
mod tenant_url;

pub use error::{CredentialsError, Result};
pub use keychain::{default_namespace, Keychain, DEV_NAMESPACE, RELEASE_NAMESPACE};
pub use profile::{NewProfile, Profile, ProfileColor, ProfileUpdate};
pub use secrecy::{ExposeSecret, SecretString};
pub use store::{ProfileStore, PROFILES_FILE_NAME};
pub use tenant_url::{TenantUrl, TenantUrlError};

/// The desktop app's identifier (`tauri.conf.json`), which names its config folder.
pub const APP_IDENTIFIER: &str = "io.plugdesk.desktop";

/// The folder where the desktop app keeps its profile list, for tools that share it
/// (the command-line tool); `None` when the system has no config folder.
pub fn app_config_dir() -> Option<std::path::PathBuf> {
    dirs::config_dir().map(|dir| dir.join(APP_IDENTIFIER))
}
