//! Plugdesk's Tauri shell: wires the engine crates to the window.
//!
//! Nothing here talks HTTP or touches the keychain itself; commands delegate to
//! `crates/*`. See `DESIGN` notes in the README for the layout.

pub mod bindings;
pub mod close_guard;
// Read by build.rs (permissions) and by tests; the runtime needs only the builder.
#[cfg(test)]
mod command_names;
pub mod commands;
pub mod error;
mod installed_app;
#[cfg(test)]
mod security_tests;
#[cfg(test)]
mod version_tests;
mod web_process;

pub use error::AppError;
use tauri::Manager;

/// The AMPECO.CHARGE Public API version the operation table was generated from.
pub fn api_spec_version() -> &'static str {
    ampeco::generated::SPEC_VERSION
}

/// The session with the operator's saved profiles, activity log and saved views. If the
/// config folder cannot be used, Plugdesk still opens (the demo network works)
/// and says why when a profile is needed.
fn open_session(app: &tauri::AppHandle) -> session::Session {
    let paths = app.path();
    let opened = paths
        .app_config_dir()
        .map_err(|error| error.to_string())
        .and_then(|dir| {
            session::Session::with_profiles(&dir, credentials::Keychain::for_this_build())
                .map_err(|error| error.to_string())
        });
    let session = opened.unwrap_or_else(|problem| {
        eprintln!("Plugdesk could not open its profile list: {problem}");
        session::Session::new()
    });
    let log = paths
        .app_data_dir()
        .map_err(|error| error.to_string())
        .and_then(|dir| {
            session::ActivityLog::open(&dir.join("activity.sqlite3"))
                .map_err(|error| error.to_string())
        });
    let session = match log {
        Ok(log) => session.with_activity_log(log),
        Err(problem) => {
            eprintln!("Plugdesk could not open its activity log: {problem}");
            session
        }
    };
    let views = paths
        .app_data_dir()
        .map_err(|error| error.to_string())
        .and_then(|dir| {
            session::SavedViews::open(&dir.join("views.sqlite3")).map_err(|error| error.to_string())
        });
    match views {
        Ok(views) => session.with_saved_views(views),
        Err(problem) => {
            eprintln!("Plugdesk could not open its saved views: {problem}");
            session
        }
    }
}

pub fn run() {
    web_process::pace_garbage_collection();
    web_process::draw_without_gpu_compositing_when_no_gpu();
    let builder = bindings::specta_builder();
    let result = tauri::Builder::default()
        // First, so a second launch exits before anything else starts.
        .plugin(installed_app::single_instance())
        .plugin(installed_app::window_state())
        // "Open file" and "Show in folder" of a finished export. Links are not taken over (the
        // window has none that leave it); the capability scopes the one command it grants to
        // export files in Downloads and that folder.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .manage(close_guard::CloseGuard::default())
        .on_window_event(installed_app::on_window_event)
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            app.manage(open_session(app.handle()));
            // The saved profile reconnects (keychain, client) while the window loads, not
            // once the window first asks who is connected.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                handle
                    .state::<session::Session>()
                    .restore_last_profile()
                    .await;
            });
            app.manage(insights::Insights::new());
            app.manage(record_names::Names::new());
            app.manage(bulk_run::BulkRuns::new());
            if let Some(window) = app.get_webview_window(installed_app::MAIN_WINDOW) {
                web_process::reload_when_ended(&window);
            }
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Plugdesk could not start its window: {error}");
        std::process::exit(1);
    }
}
