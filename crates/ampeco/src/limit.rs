//! How many requests one tenant's client keeps in flight at once.
//!
//! Bulk work (exports, counting) would otherwise fire requests as fast as the
//! network allows and run into the tenant's rate limit; a small bound keeps it
//! steady. A permit is held for one attempt only, not while pausing between
//! retries, so a request waiting out a backoff does not block the others.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The default bound: enough to keep a screen responsive while an export runs.
pub const DEFAULT_MAX_CONCURRENT_REQUESTS: usize = 4;

/// A shared bound on requests in flight; clones share the same bound.
#[derive(Debug, Clone)]
pub struct ConcurrencyLimit {
    semaphore: Arc<Semaphore>,
    max: usize,
}

impl ConcurrencyLimit {
    /// A bound of `max` requests; 0 is treated as 1.
    pub fn new(max: usize) -> Self {
        let max = max.max(1);
        ConcurrencyLimit {
            semaphore: Arc::new(Semaphore::new(max)),
            max,
        }
    }

    pub fn max(&self) -> usize {
        self.max
    }

    /// Waits for a free slot; the slot is released when the permit is dropped.
    pub async fn acquire(&self) -> OwnedSemaphorePermit {
        Arc::clone(&self.semaphore)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed")
    }
}

impl Default for ConcurrencyLimit {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_CONCURRENT_REQUESTS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn holds_back_requests_beyond_the_bound() {
        let limit = ConcurrencyLimit::new(2);
        let first = limit.acquire().await;
        let _second = limit.acquire().await;
        let third = tokio::time::timeout(Duration::from_millis(50), limit.acquire()).await;
        assert!(third.is_err(), "a third permit must wait");
        drop(first);
        let third = tokio::time::timeout(Duration::from_millis(500), limit.acquire()).await;
        assert!(third.is_ok());
    }

    #[test]
    fn zero_means_one() {
        assert_eq!(ConcurrencyLimit::new(0).max(), 1);
    }
}
