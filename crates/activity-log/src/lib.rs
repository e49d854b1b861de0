//! The activity log: every change an operator sent (create, update, delete,
//! action), to which tenant, with what result. Kept in a SQLite file in the
//! app's data folder (owner-only) so it survives restarts; never holds a token
//! nor any other secret a body carries, and stays bounded in age and size.

mod entry;
mod store;

pub use entry::{ActivityEntry, ActivityQuery, Completion, NewActivity, Outcome};
pub use store::{ActivityError, ActivityLog, DEFAULT_RETENTION_DAYS, DEFAULT_SIZE_CAP_BYTES};
