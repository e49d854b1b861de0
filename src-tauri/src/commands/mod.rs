//! Tauri commands. Each one only takes its arguments, delegates to an engine
//! crate or to app state, and returns; logic lives elsewhere.

mod activity;
mod api;
mod app_info;
mod bulk;
mod export;
mod forms;
mod insights;
mod kept_rows;
mod names;
mod profiles;
mod views;
mod window;

pub use activity::*;
pub use api::*;
pub use app_info::*;
pub use bulk::*;
pub use export::*;
pub use forms::*;
pub use insights::*;
pub use kept_rows::*;
pub use names::*;
pub use profiles::*;
pub use views::*;
pub use window::*;
