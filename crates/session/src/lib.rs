//! The operator's working session, independent of any window.
//!
//! It keeps the saved tenant profiles in step with their tokens in the OS
//! keychain, holds the tenant Plugdesk is connected to right now, runs API
//! calls on it, and keeps the register of calls in flight so a screen can
//! cancel what it asked for and a double click never sends a change twice.
//! The Tauri commands only delegate here.

mod active;
mod bodies;
mod calls;
mod connection;
mod demo;
mod error;
mod export;
mod freed_memory;
mod in_flight;
mod load_all;
mod packed_rows;
mod profile_views;
mod profiles;
mod record_projection;
mod row_store;
mod views;

pub use active::{ActiveTenant, Session, TenantCalls};
pub use activity_log::{ActivityEntry, ActivityLog, ActivityQuery, Outcome};
pub use bodies::{request_body_schema, validate_request_body};
pub use calls::{CallOutcome, RequestId};
pub use error::SessionError;
pub use export::{ExportProgress, ExportResult, Listing, PageExtras};
pub use load_all::{
    KeptBatch, LoadAllEnd, LoadAllRequest, LoadedBatch, LoadedPage, BATCH_INTERVAL,
};
pub use record_export::ExportFormat;
pub use row_store::RowStore;
pub use saved_views::{FilterValue, SavedView, SavedViews, ViewError, ViewState};
pub use views::{
    ConnectionCheck, ProfileChanges, ProfileInput, ProfileView, SessionStatus, TenantView,
};
