//! Tauri commands. Each one only takes its arguments, delegates to an engine
//! crate or to app state, and returns; logic lives elsewhere.

mod app_info;

pub use app_info::*;
