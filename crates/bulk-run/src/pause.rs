//! A pause every record of a run honours: when the tenant answers one record
//! with 429, no record of the run starts until its `Retry-After` has passed.

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

#[derive(Default)]
pub(crate) struct SharedPause {
    until: Mutex<Option<Instant>>,
}

impl SharedPause {
    /// Holds every record back for `wait` from now (never shortens a pause).
    pub(crate) fn hold_for(&self, wait: Duration) {
        let end = Instant::now() + wait;
        let mut until = self.until.lock().unwrap_or_else(|p| p.into_inner());
        if until.is_none_or(|current| current < end) {
            *until = Some(end);
        }
    }

    /// Waits until the pause, if any, is over.
    pub(crate) async fn wait(&self) {
        loop {
            let until = *self.until.lock().unwrap_or_else(|p| p.into_inner());
            match until {
                Some(end) if end > Instant::now() => tokio::time::sleep_until(end).await,
                _ => return,
            }
        }
    }
}
