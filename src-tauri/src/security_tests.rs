//! Checks on the shipped security configuration: what the webview may call and
//! what the page may load.

use serde_json::Value;

fn read_json(relative: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Tauri's own permissions the window holds, each for a reason.
const BUILT_IN_PERMISSIONS: &[&str] = &[
    // Ctrl +/- and Ctrl+0 zoom the page (`zoomHotkeysEnabled`): on Linux and macOS Tauri's
    // script does it through this command. It changes only how large the window draws.
    "core:webview:allow-set-webview-zoom",
    // "Open file" and "Show in folder" of a finished export, through the operator's own
    // programs; scoped by SCOPED_OPENER below to export files and the Downloads folder.
    "opener:allow-open-path",
];

/// The only paths the window may open: an export (CSV or JSON Lines) written straight into
/// Downloads, and that folder itself. No other file, and no URL.
const OPENER_SCOPE: &[&str] = &["$DOWNLOAD/*.csv", "$DOWNLOAD/*.jsonl", "$DOWNLOAD"];

#[test]
fn capabilities_grant_exactly_the_apps_own_commands() {
    let mut granted: Vec<String> = Vec::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let capability: Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for permission in capability["permissions"].as_array().unwrap() {
            // A scoped permission is an object naming it; its scope is checked below.
            let name = permission
                .as_str()
                .or_else(|| permission["identifier"].as_str())
                .unwrap();
            granted.push(name.to_string());
        }
    }
    granted.sort();
    let mut expected: Vec<String> = crate::command_names::COMMAND_NAMES
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .chain(BUILT_IN_PERMISSIONS.iter().map(|name| name.to_string()))
        .collect();
    expected.sort();
    assert_eq!(
        granted, expected,
        "capabilities must list only allow-<own command> and the built-in permissions above"
    );
}

/// `@rjsf/core` 6 imports its AJV validator from its entry file, so the package is installed,
/// but the forms validate with Plugdesk's own validator: AJV compiles schemas with
/// `new Function`, which the CSP forbids, and none of it may reach the bundle.
#[test]
fn the_bundled_ui_compiles_no_code_at_run_time() {
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist/assets");
    let mut scripts = 0;
    for entry in std::fs::read_dir(&assets).expect("the UI is built before the app") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "js") {
            scripts += 1;
            let code = std::fs::read_to_string(&path).unwrap();
            assert!(
                !code.contains("new Function"),
                "{} compiles code",
                path.display()
            );
            assert!(!code.contains("ajv"), "{} holds AJV", path.display());
        }
    }
    assert!(scripts > 0, "no scripts in {}", assets.display());
}

#[test]
fn the_opener_may_open_only_exports_and_their_folder() {
    let capability = read_json("capabilities/default.json");
    let scoped: Vec<&Value> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|permission| permission.is_object())
        .collect();
    assert_eq!(
        scoped.len(),
        1,
        "only the opener's permission carries a scope"
    );
    assert_eq!(scoped[0]["identifier"], "opener:allow-open-path");
    let paths: Vec<&str> = scoped[0]["allow"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, OPENER_SCOPE);
    assert!(scoped[0].get("deny").is_none());
    // No opener permission beyond that one: no URLs, no revealing any path.
    let unscoped_opener = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .any(|name| name.starts_with("opener:"));
    assert!(!unscoped_opener);
}

#[test]
fn csp_forbids_eval_and_remote_origins() {
    let config = read_json("tauri.conf.json");
    let csp = config["app"]["security"]["csp"].as_object().unwrap();
    for (directive, sources) in csp {
        let sources = sources.as_str().unwrap();
        assert!(!sources.contains("unsafe-eval"), "{directive} allows eval");
        for source in sources.split_whitespace() {
            let remote = (source.starts_with("http:") || source.starts_with("https:"))
                && source != "http://ipc.localhost";
            assert!(!remote, "{directive} allows the remote origin {source}");
            assert_ne!(source, "*", "{directive} allows every origin");
        }
    }
    assert_eq!(csp["script-src"], "'self'");
}

#[test]
fn no_plugins_are_configured() {
    let config = read_json("tauri.conf.json");
    assert!(
        config
            .get("plugins")
            .is_none_or(|plugins| plugins.as_object().unwrap().is_empty()),
        "Plugdesk exposes no Tauri plugins to the webview"
    );
}

#[test]
fn the_config_folder_shared_with_the_cli_is_named_by_this_apps_identifier() {
    let config = read_json("tauri.conf.json");
    assert_eq!(config["identifier"], credentials::APP_IDENTIFIER);
}
