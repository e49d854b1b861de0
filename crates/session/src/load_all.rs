//! "Load all": a listing walked here, at the client's own pace, its pages
//! handed to the window in batches.
//!
//! Walking page by page from the window made every page wait for the window
//! to take in the one before it (a round trip per page, then the window's own
//! work), so Load all ran at a fraction of the tenant's pace. Here the next
//! page is asked for as soon as one arrives, and the window receives whatever
//! arrived since its last batch, at most every [`BATCH_INTERVAL`], so its work
//! on one batch overlaps the fetch of the next pages.

use std::time::{Duration, Instant};

use ampeco::operation::Operation;
use ampeco::{OperationRequest, Page, PageRequest};
use futures_util::StreamExt;
use serde::Serialize;

use crate::{Session, SessionError, TenantCalls};

/// The shortest time between two batches handed to the window.
pub const BATCH_INTERVAL: Duration = Duration::from_millis(250);

/// One page that Load all brought, with the page request that fetched it (so
/// the window can refresh it later like a page it asked for itself).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct LoadedPage {
    pub request: Option<PageRequest>,
    pub page: Page,
}

/// The pages that arrived since the last batch, in the listing's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct LoadedBatch {
    pub pages: Vec<LoadedPage>,
}

/// How far a Load all kept on the Rust side has come: what the window needs
/// to show the count and to go on from where it stopped.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct KeptBatch {
    /// Records kept under the listing's key, with those of earlier walks.
    pub kept: u32,
    /// Pages this batch added.
    pub pages: u32,
    /// The page after the last one kept; `None` at the listing's end.
    pub next: Option<PageRequest>,
}

/// How Load all ended when it ended without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct LoadAllEnd {
    pub pages: u32,
    pub records: u32,
    /// Stopped at the record limit with more pages left.
    pub limit_reached: bool,
}

/// Where a Load all starts and how far it may go.
pub struct LoadAllRequest {
    pub op: &'static Operation,
    /// The listing's filters and page size.
    pub request: OperationRequest,
    /// The page to start from (the next page after those the window holds);
    /// `None` starts at the request's own page.
    pub start: Option<PageRequest>,
    /// Stop once this many records came, if more pages are left.
    pub max_records: u32,
}

impl Session {
    pub(crate) async fn load_all_checked(
        &self,
        expected: Option<u32>,
        request_id: &str,
        load: LoadAllRequest,
        mut on_batch: impl FnMut(LoadedBatch) + Send,
    ) -> Result<LoadAllEnd, SessionError> {
        let mut batch = Vec::new();
        let mut last_batch = Instant::now();
        let outcome = self
            .walk_pages(expected, request_id, load, |loaded| {
                batch.push(loaded);
                if last_batch.elapsed() >= BATCH_INTERVAL {
                    on_batch(LoadedBatch {
                        pages: std::mem::take(&mut batch),
                    });
                    last_batch = Instant::now();
                }
            })
            .await;
        // What arrived stays loaded, whatever ended the walk.
        if !batch.is_empty() {
            on_batch(LoadedBatch { pages: batch });
        }
        outcome
    }

    /// Walks the listing, handing each page to `on_page` as it arrives.
    async fn walk_pages(
        &self,
        expected: Option<u32>,
        request_id: &str,
        load: LoadAllRequest,
        mut on_page: impl FnMut(LoadedPage) + Send,
    ) -> Result<LoadAllEnd, SessionError> {
        let LoadAllRequest {
            op,
            mut request,
            start,
            max_records,
        } = load;
        let tenant = self.active_as_expected(expected)?;
        let guard = self
            .in_flight
            .begin(request_id)
            .ok_or(SessionError::AlreadyInFlight)?;
        if let Some(start) = &start {
            start.apply(&mut request);
        }
        let mut asked = start.or_else(|| PageRequest::first(op.pagination, &request));
        let mut pages = std::pin::pin!(tenant.client.pages(op, request));
        let mut end = LoadAllEnd {
            pages: 0,
            records: 0,
            limit_reached: false,
        };
        loop {
            let next = tokio::select! {
                biased;
                () = guard.token.cancelled() => return Err(ampeco::Error::Cancelled.into()),
                next = pages.next() => next,
            };
            let page = match next {
                None => return Ok(end),
                Some(Err(error)) => return Err(error.into()),
                Some(Ok(page)) => page,
            };
            end.pages += 1;
            end.records = end
                .records
                .saturating_add(u32::try_from(page.records.len()).unwrap_or(u32::MAX));
            let more = page.next.is_some();
            let request = std::mem::replace(&mut asked, page.next.clone());
            on_page(LoadedPage { request, page });
            if more && end.records >= max_records {
                end.limit_reached = true;
                return Ok(end);
            }
        }
    }
}

impl TenantCalls<'_> {
    /// [`TenantCalls::load_all`], its records kept in the session's
    /// [`RowStore`](crate::RowStore) under `key` (after any kept there
    /// before) instead of handed over; `on_batch` hears how far it came.
    pub async fn load_all_kept(
        &self,
        request_id: &str,
        key: &str,
        load: LoadAllRequest,
        mut on_batch: impl FnMut(KeptBatch) + Send,
    ) -> Result<LoadAllEnd, SessionError> {
        let store = &self.session.rows;
        store.open(key);
        // Each page is kept as it arrives and its parsed records dropped at
        // once: holding a batch's pages as parsed JSON until the window is
        // told cost tens of MiB while walking.
        let mut told = KeptBatch {
            kept: 0,
            pages: 0,
            next: None,
        };
        let mut forgotten = false;
        let mut last_batch = Instant::now();
        let mut tell = |told: &mut KeptBatch| {
            if told.pages > 0 {
                on_batch(std::mem::replace(
                    told,
                    KeptBatch {
                        kept: told.kept,
                        pages: 0,
                        next: None,
                    },
                ));
            }
        };
        let end = self
            .session
            .walk_pages(Some(self.generation), request_id, load, |loaded| {
                // Forgotten meanwhile: the listing left the screen.
                let Some(kept) = store.append(key, &loaded.page.records) else {
                    forgotten = true;
                    return;
                };
                told.kept = u32::try_from(kept).unwrap_or(u32::MAX);
                told.pages += 1;
                told.next = loaded.page.next;
                if last_batch.elapsed() >= BATCH_INTERVAL {
                    tell(&mut told);
                    // What parsing the pages since the last batch left free
                    // goes back to the system as the walk goes.
                    crate::freed_memory::return_freed_memory();
                    last_batch = Instant::now();
                }
            })
            .await;
        if !forgotten {
            tell(&mut told);
        }
        crate::freed_memory::return_freed_memory();
        end
    }

    /// Walks the listing from `load.start`, handing pages to `on_batch` as
    /// they arrive (at most every [`BATCH_INTERVAL`]); cancel with
    /// [`TenantCalls::cancel`] and `request_id`. Refused when another
    /// connection is active.
    pub async fn load_all(
        &self,
        request_id: &str,
        load: LoadAllRequest,
        on_batch: impl FnMut(LoadedBatch) + Send,
    ) -> Result<LoadAllEnd, SessionError> {
        self.session
            .load_all_checked(Some(self.generation), request_id, load, on_batch)
            .await
    }
}
