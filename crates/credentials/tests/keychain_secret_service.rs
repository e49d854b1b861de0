//! The token round trip against a real Secret Service (gnome-keyring), as Plugdesk uses it.
//!
//! Run inside a private session with a fresh, unlocked keyring:
//!     scripts/with-keyring.sh cargo test -p credentials
//! Without a session bus there is no Secret Service to talk to, and the test says so and
//! returns. Entries go to a namespace unique to this run and are deleted afterwards.
#![cfg(target_os = "linux")]

use std::process::Command;

use credentials::{CredentialsError, ExposeSecret, Keychain, SecretString};

fn session_bus_present() -> bool {
    match std::env::var_os("DBUS_SESSION_BUS_ADDRESS") {
        Some(address) if !address.is_empty() => true,
        _ => {
            eprintln!(
                "skipped: DBUS_SESSION_BUS_ADDRESS is not set, so there is no Secret Service; \
                 run under scripts/with-keyring.sh for the real keychain round trip"
            );
            false
        }
    }
}

fn unique_namespace() -> String {
    format!("plugdesk-test-{}", uuid::Uuid::new_v4())
}

/// Deletes the test's entries even when an assertion fails half-way.
struct CleanUp<'a> {
    keychain: &'a Keychain,
    profile_ids: Vec<String>,
}

impl Drop for CleanUp<'_> {
    fn drop(&mut self) {
        for id in &self.profile_ids {
            let _ = self.keychain.delete_token(id);
        }
    }
}

#[test]
fn store_read_replace_delete_round_trip() {
    if !session_bus_present() {
        return;
    }
    let keychain = Keychain::new(unique_namespace());
    let profile = uuid::Uuid::new_v4().to_string();
    let other_profile = uuid::Uuid::new_v4().to_string();
    let _cleanup = CleanUp {
        keychain: &keychain,
        profile_ids: vec![profile.clone(), other_profile.clone()],
    };

    keychain.probe().expect("the keychain is usable");
    assert!(keychain.read_token(&profile).unwrap().is_none());
    assert!(!keychain.has_token(&profile).unwrap());
    assert_eq!(
        keychain.require_token(&profile).unwrap_err(),
        CredentialsError::TokenMissing {
            profile: profile.clone()
        }
    );

    let first = SecretString::from("first-token-Ünïcode-🔑");
    keychain.store_token(&profile, &first).unwrap();
    let read = keychain.read_token(&profile).unwrap().expect("stored");
    assert_eq!(read.expose_secret(), first.expose_secret());

    // Another profile's entry is separate.
    let other = SecretString::from("other-token");
    keychain.store_token(&other_profile, &other).unwrap();

    let second = SecretString::from("second-token");
    keychain.replace_token(&profile, &second).unwrap();
    let read = keychain.require_token(&profile).unwrap();
    assert_eq!(read.expose_secret(), "second-token");
    assert_eq!(
        keychain
            .require_token(&other_profile)
            .unwrap()
            .expose_secret(),
        "other-token"
    );

    keychain.delete_token(&profile).unwrap();
    assert!(keychain.read_token(&profile).unwrap().is_none());
    // Deleting what is already gone is fine.
    keychain.delete_token(&profile).unwrap();
    assert!(keychain.has_token(&other_profile).unwrap());
}

#[test]
fn namespaces_do_not_see_each_others_tokens() {
    if !session_bus_present() {
        return;
    }
    let dev = Keychain::new(unique_namespace());
    let release = Keychain::new(unique_namespace());
    let profile = uuid::Uuid::new_v4().to_string();
    let _cleanup_dev = CleanUp {
        keychain: &dev,
        profile_ids: vec![profile.clone()],
    };

    dev.store_token(&profile, &SecretString::from("dev-token"))
        .unwrap();
    assert!(release.read_token(&profile).unwrap().is_none());
    release.delete_token(&profile).unwrap();
    assert!(dev.has_token(&profile).unwrap());
}

/// What Plugdesk stores is visible to other Secret Service clients under the expected
/// attributes: the entry really is in gnome-keyring, not in some in-process stand-in.
#[test]
fn the_entry_lands_in_the_secret_service() {
    if !session_bus_present() {
        return;
    }
    let namespace = unique_namespace();
    let keychain = Keychain::new(namespace.clone());
    let profile = uuid::Uuid::new_v4().to_string();
    let _cleanup = CleanUp {
        keychain: &keychain,
        profile_ids: vec![profile.clone()],
    };
    keychain
        .store_token(&profile, &SecretString::from("visible-to-secret-tool"))
        .unwrap();

    let lookup = Command::new("secret-tool")
        .args(["lookup", "service", &namespace, "username", &profile])
        .output()
        .expect("secret-tool (package libsecret-tools) runs");
    assert!(lookup.status.success(), "{lookup:?}");
    assert_eq!(
        String::from_utf8_lossy(&lookup.stdout),
        "visible-to-secret-tool"
    );

    // secret-tool prints the item on stdout and its attributes on stderr.
    let search = Command::new("secret-tool")
        .args(["search", "--all", "service", &namespace])
        .output()
        .unwrap();
    let listing = format!(
        "{}{}",
        String::from_utf8_lossy(&search.stdout),
        String::from_utf8_lossy(&search.stderr)
    );
    assert!(
        listing.contains(&format!("attribute.service = {namespace}")),
        "{listing}"
    );
    assert!(
        listing.contains(&format!("attribute.username = {profile}")),
        "{listing}"
    );
    assert!(
        listing.contains(&format!(
            "label = Plugdesk API token ({namespace}, profile {profile})"
        )),
        "{listing}"
    );

    keychain.delete_token(&profile).unwrap();
    let lookup = Command::new("secret-tool")
        .args(["lookup", "service", &namespace, "username", &profile])
        .output()
        .unwrap();
    assert!(lookup.stdout.is_empty(), "{lookup:?}");
}
