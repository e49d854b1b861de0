// The one list of commands the webview may call. `build.rs` turns it into
// Tauri permissions (`allow-<name>`), `capabilities/default.json` grants exactly
// those, and a test checks it matches the commands registered with tauri-specta.
pub const COMMAND_NAMES: &[&str] = &[
    "app_info",
    "list_records",
    "read_record",
    "create_record",
    "update_record",
    "delete_record",
    "run_action",
    "cancel_request",
    "session_status",
    "check_connection",
    "add_profile",
    "update_profile",
    "delete_profile",
    "activate_profile",
    "disconnect",
    "request_body_schema",
    "validate_request_body",
    "list_activity",
    "activity_retention",
    "set_activity_retention",
    "start_demo",
    "export_listing",
];
