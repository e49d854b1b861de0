//! A bare Tauri window with one static page (page/index.html): the baseline the benchmarks
//! hold the app's start-up time and memory against.

// Like the app, no console window next to it on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the minimal window failed to start");
}
