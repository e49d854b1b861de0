//! The token never shows up where it could leak: `Debug` output, errors, the profile file.

use credentials::{
    CredentialsError, Keychain, NewProfile, ProfileColor, ProfileStore, SecretString, TenantUrl,
    PROFILES_FILE_NAME,
};

// Shaped like an AMPECO API token ("<id>|<random>").
const TOKEN: &str = "42|plugdesk-secret-token-7f3a9c";

#[test]
fn the_token_is_redacted_in_debug_output() {
    let token = SecretString::from(TOKEN);
    let shown = format!("{token:?} {:?}", Some(&token));
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(shown.contains("REDACTED"), "{shown}");
}

#[test]
fn no_type_of_this_crate_shows_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(dir.path()).unwrap();
    let profile = store
        .add(NewProfile {
            name: "Production".into(),
            tenant_url: TenantUrl::parse("acme.ampeco.tech").unwrap(),
            color: ProfileColor::Blue,
            read_only: false,
        })
        .unwrap();
    let keychain = Keychain::new("plugdesk-test");
    // (Keychain failures are checked for the token in the keychain error tests.)
    let errors = [
        CredentialsError::TokenMissing {
            profile: profile.id.clone(),
        },
        CredentialsError::InvalidTenantUrl {
            message: TenantUrl::parse(&format!("https://user:{TOKEN}@acme.example"))
                .unwrap_err()
                .to_string(),
        },
        CredentialsError::InvalidTenantUrl {
            message: TenantUrl::parse(TOKEN).unwrap_err().to_string(),
        },
    ];
    let shown = format!(
        "{profile:?} {store:?} {keychain:?} {errors:?} {}",
        errors.iter().map(ToString::to_string).collect::<String>()
    );
    assert!(!shown.contains(TOKEN), "{shown}");
}

/// Stores a token through the real keychain next to a saved profile, then reads every file in
/// the config folder: the token is in none of them.
#[test]
fn the_profile_file_never_holds_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(dir.path()).unwrap();
    let profile = store
        .add(NewProfile {
            name: "Production".into(),
            tenant_url: TenantUrl::parse("acme.ampeco.tech").unwrap(),
            color: ProfileColor::Blue,
            read_only: true,
        })
        .unwrap();

    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty());
    if cfg!(target_os = "linux") && bus {
        let keychain = Keychain::new(format!("plugdesk-test-{}", uuid::Uuid::new_v4()));
        keychain
            .store_token(&profile.id, &SecretString::from(TOKEN))
            .unwrap();
        store.touch(&profile.id).unwrap();
        store.set_active(&profile.id).unwrap();
        keychain.delete_token(&profile.id).unwrap();
    } else {
        eprintln!("no session bus: checking the profile file without a keychain round trip");
        store.touch(&profile.id).unwrap();
    }

    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(TOKEN), "{} holds the token", path.display());
    }
    assert!(dir.path().join(PROFILES_FILE_NAME).exists());
}
