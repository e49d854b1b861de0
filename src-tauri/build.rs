include!("src/command_names.rs");

fn main() {
    // The command list is included, not compiled as a module, so cargo cannot see that this
    // script depends on it; without this a new command gets no permission until a clean build.
    println!("cargo:rerun-if-changed=src/command_names.rs");
    // Declaring an app manifest makes every command opt-in: the webview can call a
    // command only when a capability grants its `allow-<name>` permission.
    let manifest = tauri_build::AppManifest::new().commands(COMMAND_NAMES);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("failed to run the Tauri build script");
}
