//! How many requests one tenant's client keeps in flight at once.
//!
//! Bulk work (exports, counting) would otherwise fire requests as fast as the
//! network allows and run into the tenant's rate limit; a small bound keeps it
//! steady. A permit is held for one attempt only, not while pausing between
//! retries, so a request waiting out a backoff does not block the others.
//!
//! Page walks (Home's counts, exports) are bulk work: together they may hold
//! all but one of the slots, so a single call the operator is waiting for (the
//! page of a list just opened, a record) never queues behind a walk's pages.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The default bound: enough to keep a screen responsive while an export runs.
pub const DEFAULT_MAX_CONCURRENT_REQUESTS: usize = 4;

/// A shared bound on requests in flight; clones share the same bound.
#[derive(Debug, Clone)]
pub struct ConcurrencyLimit {
    semaphore: Arc<Semaphore>,
    /// The slots bulk work may take: one fewer than `max` (when there are two or more).
    bulk: Arc<Semaphore>,
    max: usize,
}

/// A slot taken; released when dropped.
#[derive(Debug)]
pub struct Permit {
    _slot: OwnedSemaphorePermit,
    _bulk: Option<OwnedSemaphorePermit>,
}

impl ConcurrencyLimit {
    /// A bound of `max` requests; 0 is treated as 1.
    pub fn new(max: usize) -> Self {
        let max = max.max(1);
        ConcurrencyLimit {
            semaphore: Arc::new(Semaphore::new(max)),
            bulk: Arc::new(Semaphore::new((max - 1).max(1))),
            max,
        }
    }

    pub fn max(&self) -> usize {
        self.max
    }

    /// Waits for a free slot; the slot is released when the permit is dropped.
    /// `bulk` work first waits for one of the slots bulk work may take.
    pub async fn acquire(&self, bulk: bool) -> Permit {
        let bulk = if bulk {
            Some(acquire(&self.bulk).await)
        } else {
            None
        };
        Permit {
            _slot: acquire(&self.semaphore).await,
            _bulk: bulk,
        }
    }
}

async fn acquire(semaphore: &Arc<Semaphore>) -> OwnedSemaphorePermit {
    Arc::clone(semaphore)
        .acquire_owned()
        .await
        .expect("the semaphore is never closed")
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
        let first = limit.acquire(false).await;
        let _second = limit.acquire(false).await;
        let third = tokio::time::timeout(Duration::from_millis(50), limit.acquire(false)).await;
        assert!(third.is_err(), "a third permit must wait");
        drop(first);
        let third = tokio::time::timeout(Duration::from_millis(500), limit.acquire(false)).await;
        assert!(third.is_ok());
    }

    #[tokio::test]
    async fn bulk_work_leaves_a_slot_for_a_single_call() {
        let limit = ConcurrencyLimit::new(4);
        let mut walks = Vec::new();
        for _ in 0..3 {
            walks.push(limit.acquire(true).await);
        }
        // A fourth page of bulk work waits, queued before the single call below.
        let queued = {
            let limit = limit.clone();
            tokio::spawn(async move { limit.acquire(true).await })
        };
        tokio::time::sleep(Duration::from_millis(20)).await;
        let single = tokio::time::timeout(Duration::from_millis(500), limit.acquire(false)).await;
        assert!(
            single.is_ok(),
            "the single call must not queue behind bulk work"
        );
        assert!(
            !queued.is_finished(),
            "bulk work must not take the last slot"
        );
        drop(single);
        drop(walks);
        let queued = tokio::time::timeout(Duration::from_millis(500), queued).await;
        assert!(queued.is_ok(), "bulk work goes on once slots are free");
    }

    #[tokio::test]
    async fn a_limit_of_one_still_lets_bulk_work_run() {
        let limit = ConcurrencyLimit::new(1);
        let permit = tokio::time::timeout(Duration::from_millis(500), limit.acquire(true)).await;
        assert!(permit.is_ok());
    }

    #[test]
    fn zero_means_one() {
        assert_eq!(ConcurrencyLimit::new(0).max(), 1);
    }
}
