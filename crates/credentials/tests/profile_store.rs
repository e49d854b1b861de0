//! The profile list on disk: missing, corrupt, saved atomically, and edited.

use std::fs;
use std::path::Path;

use credentials::{
    CredentialsError, NewProfile, ProfileColor, ProfileStore, ProfileUpdate, TenantUrl,
    PROFILES_FILE_NAME,
};

fn new_profile(name: &str, url: &str) -> NewProfile {
    NewProfile {
        name: name.into(),
        tenant_url: TenantUrl::parse(url).unwrap(),
        color: ProfileColor::Teal,
        read_only: false,
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_missing_file_or_folder_is_an_empty_list() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("not-created-yet");
    let store = ProfileStore::open(&config).unwrap();
    assert!(store.list().is_empty());
    assert!(store.active().is_none());
    assert!(store.recovery_notice().is_none());
    // Opening does not create anything.
    assert!(!config.exists());
}

#[test]
fn profiles_survive_reopening_with_all_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(dir.path()).unwrap();
    let production = store
        .add(new_profile("Production", "acme.ampeco.tech/public-api"))
        .unwrap();
    let staging = store
        .add(NewProfile {
            read_only: true,
            color: ProfileColor::Grape,
            ..new_profile("Staging", "https://staging.acme.example")
        })
        .unwrap();
    store.set_active(&staging.id).unwrap();
    let touched = store.touch(&staging.id).unwrap();
    assert!(touched.last_used_at.is_some());

    let reopened = ProfileStore::open(dir.path()).unwrap();
    assert_eq!(reopened.list().len(), 2);
    assert_eq!(reopened.get(&production.id).unwrap(), &production);
    assert_eq!(reopened.get(&staging.id).unwrap(), &touched);
    assert_eq!(reopened.active().unwrap().id, staging.id);
    assert_eq!(
        reopened.get(&production.id).unwrap().tenant_url.as_str(),
        "https://acme.ampeco.tech"
    );
    assert!(uuid::Uuid::parse_str(&production.id).is_ok());

    // The file is plain, versioned JSON with RFC 3339 times.
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join(PROFILES_FILE_NAME)).unwrap())
            .unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["activeProfileId"], staging.id.as_str());
    let saved = &json["profiles"][1];
    assert_eq!(saved["tenantUrl"], "https://staging.acme.example");
    assert_eq!(saved["color"], "grape");
    assert_eq!(saved["readOnly"], true);
    let created = saved["createdAt"].as_str().unwrap();
    time::OffsetDateTime::parse(created, &time::format_description::well_known::Rfc3339)
        .expect("createdAt is RFC 3339");
}

#[test]
fn a_corrupt_file_is_kept_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(PROFILES_FILE_NAME);
    let garbage = "{\"version\": 1, \"profiles\": [ {\"name\": \"Prod\"";
    fs::write(&path, garbage).unwrap();

    let mut store = ProfileStore::open(dir.path()).unwrap();
    assert!(store.list().is_empty());
    let Some(CredentialsError::StoreCorrupt { kept_as }) = store.recovery_notice().cloned() else {
        panic!(
            "expected a recovery notice, got {:?}",
            store.recovery_notice()
        );
    };
    let kept_name = kept_as.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        kept_name.starts_with("profiles.json.corrupt-"),
        "{kept_name}"
    );
    assert_eq!(fs::read_to_string(&kept_as).unwrap(), garbage);
    assert!(!path.exists());
    let message = store.recovery_notice().unwrap().to_string();
    assert!(message.starts_with("Your profile list could not be read; it was kept as "));
    assert!(message.contains(&kept_name) && message.contains("re-add your tenants"));

    assert!(store.take_recovery_notice().is_some());
    assert!(store.recovery_notice().is_none());

    // The operator continues; the kept file is left alone.
    store
        .add(new_profile("Production", "acme.ampeco.tech"))
        .unwrap();
    assert_eq!(fs::read_to_string(&kept_as).unwrap(), garbage);
    assert!(ProfileStore::open(dir.path())
        .unwrap()
        .recovery_notice()
        .is_none());
}

#[test]
fn a_second_corrupt_file_in_the_same_second_does_not_overwrite_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(PROFILES_FILE_NAME);
    fs::write(&path, "first").unwrap();
    ProfileStore::open(dir.path()).unwrap();
    fs::write(&path, "second").unwrap();
    ProfileStore::open(dir.path()).unwrap();
    let kept: Vec<String> = files_in(dir.path())
        .into_iter()
        .filter(|n| n.contains(".corrupt-"))
        .collect();
    let contents: Vec<String> = kept
        .iter()
        .map(|n| fs::read_to_string(dir.path().join(n)).unwrap())
        .collect();
    assert!(
        contents.contains(&"first".to_string()) && contents.contains(&"second".to_string()),
        "{kept:?}"
    );
}

#[test]
fn files_from_a_newer_plugdesk_or_with_bad_values_are_kept_aside_too() {
    for content in [
        r#"{"version":2,"activeProfileId":null,"profiles":[]}"#,
        r#"{"version":1,"activeProfileId":null,"profiles":[{"id":"a","name":"P","tenantUrl":"http://remote.example","color":"blue","readOnly":false,"createdAt":"2026-01-01T00:00:00Z","lastUsedAt":null}]}"#,
        r#"{"version":1,"activeProfileId":null,"profiles":[{"id":"a","name":"P","tenantUrl":"https://ok.example","color":"chartreuse","readOnly":false,"createdAt":"2026-01-01T00:00:00Z","lastUsedAt":null}]}"#,
        "",
    ] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(PROFILES_FILE_NAME), content).unwrap();
        let store = ProfileStore::open(dir.path()).unwrap();
        assert!(
            matches!(
                store.recovery_notice(),
                Some(CredentialsError::StoreCorrupt { .. })
            ),
            "{content}"
        );
    }
}

#[test]
fn saving_replaces_the_file_atomically_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(dir.path()).unwrap();
    for i in 0..5 {
        store
            .add(new_profile(&format!("Tenant {i}"), "acme.ampeco.tech"))
            .unwrap();
    }
    assert_eq!(files_in(dir.path()), vec![PROFILES_FILE_NAME.to_string()]);

    // A save that cannot complete leaves the old file and the in-memory list as they were.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let before = fs::read_to_string(store.path()).unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
        let attempt = store.add(new_profile("Blocked", "acme.ampeco.tech"));
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
        // Root may write anyway; only check the failure path when the save was refused.
        if let Err(err) = attempt {
            assert!(matches!(err, CredentialsError::StoreIo { .. }), "{err:?}");
            assert_eq!(store.list().len(), 5);
            assert_eq!(fs::read_to_string(store.path()).unwrap(), before);
        }
    }
}

#[test]
fn names_are_unique_ignoring_case() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(dir.path()).unwrap();
    let prod = store.add(new_profile("Production", "a.example")).unwrap();
    let staging = store.add(new_profile("Staging", "b.example")).unwrap();

    let err = store
        .add(new_profile("  production ", "c.example"))
        .unwrap_err();
    assert_eq!(
        err,
        CredentialsError::DuplicateName {
            name: "production".into()
        }
    );
    let err = store
        .update(
            &staging.id,
            ProfileUpdate {
                name: Some("PRODUCTION".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(matches!(err, CredentialsError::DuplicateName { .. }));
    // Changing only the case of a profile's own name is fine.
    let renamed = store
        .update(
            &prod.id,
            ProfileUpdate {
                name: Some("PRODUCTION".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(renamed.name, "PRODUCTION");
    assert!(matches!(
        store.add(new_profile("   ", "d.example")),
        Err(CredentialsError::InvalidProfileName { .. })
    ));
    assert_eq!(store.list().len(), 2);
}

#[test]
fn update_changes_only_what_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(dir.path()).unwrap();
    let original = store.add(new_profile("Production", "a.example")).unwrap();
    let updated = store
        .update(
            &original.id,
            ProfileUpdate {
                color: Some(ProfileColor::Red),
                read_only: Some(true),
                tenant_url: Some(TenantUrl::parse("https://b.example/public-api").unwrap()),
                name: None,
            },
        )
        .unwrap();
    assert_eq!(updated.name, "Production");
    assert_eq!(updated.color, ProfileColor::Red);
    assert!(updated.read_only);
    assert_eq!(updated.tenant_url.as_str(), "https://b.example");
    assert_eq!(updated.created_at, original.created_at);
    assert_eq!(
        ProfileStore::open(dir.path())
            .unwrap()
            .get(&original.id)
            .unwrap(),
        &updated
    );
}

#[test]
fn removing_the_active_profile_leaves_none_active() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(dir.path()).unwrap();
    let prod = store.add(new_profile("Production", "a.example")).unwrap();
    let staging = store.add(new_profile("Staging", "b.example")).unwrap();
    store.set_active(&prod.id).unwrap();

    let removed = store.remove(&prod.id).unwrap();
    assert_eq!(removed.id, prod.id);
    assert!(store.active().is_none());
    assert_eq!(store.list().len(), 1);
    assert_eq!(
        store.get(&prod.id).unwrap_err(),
        CredentialsError::ProfileNotFound {
            id: prod.id.clone()
        }
    );
    assert!(matches!(
        store.remove(&prod.id),
        Err(CredentialsError::ProfileNotFound { .. })
    ));
    assert!(matches!(
        store.set_active("no-such-id"),
        Err(CredentialsError::ProfileNotFound { .. })
    ));

    store.set_active(&staging.id).unwrap();
    store.clear_active().unwrap();
    assert!(ProfileStore::open(dir.path()).unwrap().active().is_none());
}

#[cfg(unix)]
#[test]
fn the_profile_list_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(PROFILES_FILE_NAME);
    let mut store = ProfileStore::open(dir.path()).unwrap();
    store
        .add(new_profile("Staging", "staging.example.com"))
        .unwrap();
    assert_eq!(mode(&path), 0o600, "a new list");

    // A list an earlier version left readable by others is tightened on opening.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    ProfileStore::open(dir.path()).unwrap();
    assert_eq!(mode(&path), 0o600, "an existing list");
}
