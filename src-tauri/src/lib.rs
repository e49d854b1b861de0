//! Plugdesk's Tauri shell: wires the engine crates to the window.
//!
//! Nothing here talks HTTP or touches the keychain itself; commands delegate to
//! `crates/*`. See `DESIGN` notes in the README for the layout.

pub mod bindings;
// Read by build.rs (permissions) and by tests; the runtime needs only the builder.
#[cfg(test)]
mod command_names;
pub mod commands;
pub mod error;
#[cfg(test)]
mod security_tests;

pub use error::AppError;

/// The AMPECO.CHARGE Public API version the operation table was generated from.
pub fn api_spec_version() -> &'static str {
    "3.110.0"
}

pub fn run() {
    let builder = bindings::specta_builder();
    let result = tauri::Builder::default()
        .manage(session::Session::new())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Plugdesk could not start its window: {error}");
        std::process::exit(1);
    }
}
