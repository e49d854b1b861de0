//! The run itself: records sent with bounded concurrency, 429 waited out,
//! cancel honoured before each record starts.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use ampeco::OperationRequest;
use futures_util::StreamExt;
use session::{SessionError, TenantCalls};
use tokio_util::sync::CancellationToken;

use crate::outcome::{item_result, not_sent};
use crate::pause::SharedPause;
use crate::{BulkItem, BulkProgress, BulkReport, BulkRequest, ItemResult};

/// How often one record is sent again after the tenant refused it with 429
/// (on top of the client's own waits): a tenant that keeps refusing gets the
/// record reported as failed rather than a run that never ends.
const RATE_LIMIT_ROUNDS: u32 = 5;

/// The pause after a 429 that named no `Retry-After`.
const DEFAULT_RATE_LIMIT_WAIT: Duration = Duration::from_secs(5);

/// The longest pause taken for one 429, whatever the tenant asks.
const MAX_RATE_LIMIT_WAIT: Duration = Duration::from_secs(120);

pub(crate) async fn run(
    calls: &TenantCalls<'_>,
    limit: usize,
    request: BulkRequest,
    cancel: &CancellationToken,
    on_progress: impl FnMut(BulkProgress) + Send,
) -> BulkReport {
    let BulkRequest {
        run_id,
        operation,
        body,
        items,
    } = request;
    let total = u32::try_from(items.len()).unwrap_or(u32::MAX);
    let pause = SharedPause::default();
    let in_flight = AtomicU32::new(0);
    let on_progress = Mutex::new((0u32, on_progress));
    let op = operation.operation();

    let sends = items.into_iter().enumerate().map(|(index, item)| {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let (run_id, body, pause, in_flight, on_progress) =
            (&run_id, &body, &pause, &in_flight, &on_progress);
        async move {
            let result = send_one(
                calls, run_id, op, body, item, index, pause, in_flight, cancel,
            )
            .await;
            let mut progress = on_progress.lock().unwrap_or_else(|p| p.into_inner());
            progress.0 += 1;
            let event = BulkProgress {
                result: result.clone(),
                finished: progress.0,
                total,
                in_flight: in_flight.load(Ordering::SeqCst),
            };
            (progress.1)(event);
            result
        }
    });
    let mut results: Vec<ItemResult> = futures_util::stream::iter(sends)
        .buffer_unordered(limit.max(1))
        .collect()
        .await;
    results.sort_by_key(|result| result.index);
    BulkReport {
        run_id,
        results,
        cancelled: cancel.is_cancelled(),
    }
}

#[allow(clippy::too_many_arguments)] // the run's shared parts, handed to each record
async fn send_one(
    calls: &TenantCalls<'_>,
    run_id: &str,
    op: &'static ampeco::Operation,
    body: &Option<serde_json::Value>,
    item: BulkItem,
    index: u32,
    pause: &SharedPause,
    in_flight: &AtomicU32,
    cancel: &CancellationToken,
) -> ItemResult {
    let mut rounds = 0;
    loop {
        tokio::select! {
            biased;
            () = cancel.cancelled() => return not_sent(index),
            () = pause.wait() => {}
        }
        let request = OperationRequest {
            path: item.path.clone(),
            body: body.clone(),
            ..OperationRequest::default()
        };
        in_flight.fetch_add(1, Ordering::SeqCst);
        let result = calls
            .call_in_bulk_run(run_id, &item.request_id, op, request)
            .await;
        in_flight.fetch_sub(1, Ordering::SeqCst);
        rounds += 1;
        match result {
            Err(SessionError::Api(ampeco::Error::RateLimited {
                retry_after_secs, ..
            })) if rounds < RATE_LIMIT_ROUNDS => {
                // Refused unprocessed: safe to send again once the tenant is ready.
                let wait = retry_after_secs
                    .map(Duration::from_secs)
                    .unwrap_or(DEFAULT_RATE_LIMIT_WAIT)
                    .min(MAX_RATE_LIMIT_WAIT);
                pause.hold_for(wait);
            }
            other => return item_result(index, other),
        }
    }
}
