//! What the operator can do about a keychain problem, in plain words for their operating
//! system. Every text ends by pointing at Retry: Plugdesk re-connects to the keychain on the
//! next attempt, so no restart is needed.

#[cfg(target_os = "macos")]
mod text {
    pub const UNAVAILABLE: &str =
        "Open Keychain Access and check that your login keychain exists, then press Retry.";
    pub const LOCKED: &str =
        "Unlock your login keychain in Keychain Access (or sign in again), then press Retry.";
    pub const ACCESS_DENIED: &str = "Allow Plugdesk to use its item in Keychain Access (Access Control), or delete the item there, then press Retry.";
}

#[cfg(target_os = "windows")]
mod text {
    pub const UNAVAILABLE: &str = "Windows Credential Manager is not available in this session. Sign in to Windows with your own account (not a service or guest session), then press Retry.";
    pub const LOCKED: &str =
        "Windows Credential Manager is not available until you sign in. Sign in again, then press Retry.";
    pub const ACCESS_DENIED: &str = "Windows Credential Manager refused access. Open Credential Manager (Control Panel), remove Plugdesk's entry for this profile if it belongs to another user, then press Retry.";
}

#[cfg(not(any(target_os = "macos", target_os = "windows")))]
mod text {
    pub const UNAVAILABLE: &str = "Plugdesk keeps tokens in a Secret Service keyring. Install and start a Secret Service provider such as GNOME Keyring or KWallet (package gnome-keyring or kwalletmanager), make sure you are in a desktop session, then press Retry.";
    pub const LOCKED: &str = "Unlock your keyring (GNOME Keyring: the \"Passwords and Keys\" app, or KWallet) with your login password, then press Retry.";
    pub const ACCESS_DENIED: &str =
        "The keyring unlock request was dismissed. Press Retry and unlock the keyring when asked.";
}

pub fn unavailable() -> &'static str {
    text::UNAVAILABLE
}

pub fn locked() -> &'static str {
    text::LOCKED
}

#[cfg_attr(target_os = "windows", allow(dead_code))]
pub fn access_denied() -> &'static str {
    text::ACCESS_DENIED
}
