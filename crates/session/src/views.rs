//! What the window sees of profiles and the connection: never a token.

use serde::{Deserialize, Serialize};

/// A saved tenant profile as the window shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ProfileView {
    pub id: String,
    pub name: String,
    pub tenant_url: String,
    /// A Mantine colour name for the badge (`blue`, `teal`, ...).
    pub color: String,
    pub read_only: bool,
    /// RFC 3339.
    pub created_at: String,
    pub last_used_at: Option<String>,
}

/// The tenant every call goes to right now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct TenantView {
    /// The saved profile, or `None` for the demo network.
    pub profile_id: Option<String>,
    pub name: String,
    pub tenant_url: String,
    pub color: String,
    pub read_only: bool,
    pub demo: bool,
    /// Which connection this is; it changes with every switch. The window sends
    /// it with every call, and a call meant for another one is refused.
    pub generation: u32,
}

/// Everything the header, the profile switcher and the connect screen need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct SessionStatus {
    pub active: Option<TenantView>,
    pub profiles: Vec<ProfileView>,
    /// A one-time notice, e.g. that an unreadable profile list was kept aside.
    pub notice: Option<String>,
    /// Why the last active profile could not be reconnected at start, if it could not.
    pub restore_problem: Option<String>,
}

/// What the operator typed on the connect screen. The token arrives here once
/// and goes straight to the keychain; it is never sent back.
#[derive(Clone, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ProfileInput {
    pub name: String,
    pub tenant_url: String,
    pub color: String,
    #[serde(default)]
    pub read_only: bool,
    pub token: String,
    /// Save even though the connection test failed ("Save anyway").
    #[serde(default)]
    pub skip_test: bool,
}

impl std::fmt::Debug for ProfileInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProfileInput")
            .field("name", &self.name)
            .field("tenant_url", &self.tenant_url)
            .field("token", &"<hidden>")
            .finish_non_exhaustive()
    }
}

/// Changes to a saved profile; `None` keeps the current value. A new token
/// replaces the keychain entry.
#[derive(Clone, Default, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default, rename_all = "camelCase")]
pub struct ProfileChanges {
    pub name: Option<String>,
    pub tenant_url: Option<String>,
    pub color: Option<String>,
    pub read_only: Option<bool>,
    pub token: Option<String>,
}

impl std::fmt::Debug for ProfileChanges {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProfileChanges")
            .field("name", &self.name)
            .field("tenant_url", &self.tenant_url)
            .field("token", &self.token.as_ref().map(|_| "<hidden>"))
            .finish_non_exhaustive()
    }
}

/// The result of a successful connection test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ConnectionCheck {
    /// The address as Plugdesk will use it, after normalisation.
    pub tenant_url: String,
    /// What the tenant told us, in plain words.
    pub summary: String,
}
