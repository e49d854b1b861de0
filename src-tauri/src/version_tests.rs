//! One version for everything Plugdesk ships. The workspace `Cargo.toml` holds it; the app
//! (and so its About box and its installers, which Tauri stamps from this crate because
//! `tauri.conf.json` names no version of its own), the CLI and every other crate inherit it;
//! the npm manifests and the Debian changelog repeat it. These tests fail when any of them
//! disagrees, so a release is bumped in one place and checked everywhere.

use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(relative: &str) -> String {
    let path = repo_root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `version = "…"` inside the `[workspace.package]` table of the root `Cargo.toml`.
fn workspace_version() -> String {
    let manifest = read("Cargo.toml");
    let table = manifest
        .split("\n[")
        .find(|section| section.starts_with("workspace.package]"))
        .expect("the root Cargo.toml has a [workspace.package] table");
    table
        .lines()
        .find_map(|line| line.strip_prefix("version = "))
        .map(|quoted| quoted.trim().trim_matches('"').to_string())
        .expect("[workspace.package] names the version")
}

#[test]
fn the_app_is_built_with_the_workspace_version() {
    // What `app_info` (the About box) and the installers report.
    assert_eq!(env!("CARGO_PKG_VERSION"), workspace_version());
}

#[test]
fn the_tauri_config_takes_the_version_from_cargo() {
    let config: serde_json::Value =
        serde_json::from_str(&read("src-tauri/tauri.conf.json")).unwrap();
    assert!(
        config.get("version").is_none(),
        "tauri.conf.json must not name a version: Tauri then uses the app crate's"
    );
}

#[test]
fn every_crate_inherits_the_workspace_version() {
    let mut manifests = vec![repo_root().join("src-tauri/Cargo.toml")];
    for entry in std::fs::read_dir(repo_root().join("crates")).unwrap() {
        let manifest = entry.unwrap().path().join("Cargo.toml");
        if manifest.exists() {
            manifests.push(manifest);
        }
    }
    for manifest in manifests {
        let text = std::fs::read_to_string(&manifest).unwrap();
        assert!(
            text.lines()
                .any(|line| line.trim() == "version.workspace = true"),
            "{} must take `version.workspace = true` (the CLI's --version comes from it too)",
            manifest.display()
        );
    }
}

#[test]
fn the_npm_manifests_carry_the_workspace_version() {
    for manifest in ["package.json", "ui/package.json"] {
        let json: serde_json::Value = serde_json::from_str(&read(manifest)).unwrap();
        assert_eq!(
            json["version"].as_str(),
            Some(workspace_version().as_str()),
            "{manifest} names another version than the workspace Cargo.toml"
        );
    }
}

#[test]
fn the_debian_changelog_starts_with_the_workspace_version() {
    let changelog = read("src-tauri/linux/changelog");
    let first = changelog.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("plugdesk ({}) ", workspace_version())),
        "src-tauri/linux/changelog must start with an entry for this version, not {first:?}"
    );
}
