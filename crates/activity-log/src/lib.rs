//! The activity log: every change an operator sent (create, update, delete,
//! action), to which tenant, with what result. Kept in a SQLite file in the
//! app's data folder so it survives restarts; never holds a token.

mod entry;
mod store;

pub use entry::{ActivityEntry, ActivityQuery, NewActivity, Outcome};
pub use store::{ActivityError, ActivityLog};
