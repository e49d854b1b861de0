//! Saved views: a list screen's setup (which resource, its filters, included
//! relations, columns, column widths and page size) kept under a name the
//! operator chose, per tenant profile. Kept in a SQLite file in the app's data
//! folder (owner-only) so views survive restarts; a view holds no records and
//! no secrets, only how to ask for them.

mod store;
mod view;

pub use store::{SavedViews, ViewError, MAX_NAME_CHARS};
pub use view::{FilterValue, SavedView, ViewState};
