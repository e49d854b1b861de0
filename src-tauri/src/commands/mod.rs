//! Tauri commands. Each one only takes its arguments, delegates to an engine
//! crate or to app state, and returns; logic lives elsewhere.

mod api;
mod app_info;

pub use api::*;
pub use app_info::*;
