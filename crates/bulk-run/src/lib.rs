//! Changes to many records at once: one operation (a record action or a
//! delete) with one body, sent once per selected record.
//!
//! The run keeps no more records in flight than the tenant's concurrency
//! limit, waits out a 429 for every record at once (the tenant refused those
//! requests unprocessed, so they are sent again), and stops starting records
//! when cancelled; records already on their way finish and are reported.
//! Each record is sent through the session under its own request id, which
//! the window keeps when it retries the failed ones: a record whose change
//! went out and may have been applied is refused instead of sent twice.
//! Every record is one activity-log entry, tagged with the run's id.
//! Nothing here knows Tauri; the command only delegates.

mod outcome;
mod pause;
mod run;

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use ampeco::generated::{ActionOperation, DeleteOperation};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use session::{Session, SessionError};
use tokio_util::sync::CancellationToken;

/// What is done to every record: a record action, or deleting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum BulkOperation {
    Action { operation: ActionOperation },
    Delete { operation: DeleteOperation },
}

impl BulkOperation {
    pub fn operation(self) -> &'static ampeco::Operation {
        match self {
            BulkOperation::Action { operation } => operation.operation(),
            BulkOperation::Delete { operation } => operation.operation(),
        }
    }
}

/// One record of the run: the path parameters naming it, and the request id
/// its change goes out under (kept by the window across retries).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BulkItem {
    pub request_id: String,
    pub path: BTreeMap<String, Value>,
}

/// A bulk run as the window asks for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BulkRequest {
    /// Names the run in the activity log and for [`BulkRuns::cancel`].
    pub run_id: String,
    pub operation: BulkOperation,
    /// The one body every record gets (the action's form, filled once).
    pub body: Option<Value>,
    pub items: Vec<BulkItem>,
}

/// How one record's change ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum ItemOutcome {
    /// The tenant applied it.
    Succeeded,
    /// The tenant accepted it for later (202); the charger may still refuse.
    Accepted,
    /// The tenant or Plugdesk refused it, or the tenant failed (5xx; then it
    /// may have been applied half-way, and a retry is refused as already sent).
    Failed,
    /// It was sent but no answer came: it may have been applied. Check the record.
    Unknown,
    /// It had been sent before (an earlier run) and may have been applied, so
    /// it was not sent again.
    AlreadySent,
    /// The run was cancelled before this record started; nothing was sent.
    NotSent,
}

/// What became of record `index` (its place in [`BulkRequest::items`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ItemResult {
    pub index: u32,
    pub outcome: ItemOutcome,
    /// The HTTP status, when the tenant answered.
    pub status: Option<u16>,
    /// The tenant's message, or why the record was not sent.
    pub message: Option<String>,
}

/// Sent to the window as each record finishes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BulkProgress {
    pub result: ItemResult,
    /// Records finished so far, this one included.
    pub finished: u32,
    pub total: u32,
    /// Records on their way right now.
    pub in_flight: u32,
}

/// The whole run, in the order of the request's items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BulkReport {
    pub run_id: String,
    pub results: Vec<ItemResult>,
    /// Whether Cancel stopped records from starting.
    pub cancelled: bool,
}

/// The bulk runs in progress, by run id, so the window can cancel one.
#[derive(Default)]
pub struct BulkRuns {
    running: Mutex<HashMap<String, CancellationToken>>,
}

impl BulkRuns {
    pub fn new() -> Self {
        Self::default()
    }

    /// Runs `request` on the connection `generation`, calling `on_progress`
    /// as each record finishes. Refused before anything is sent when the
    /// profile is read-only, another connection is active, or a run with the
    /// same id is going on.
    pub async fn run(
        &self,
        session: &Session,
        generation: u32,
        request: BulkRequest,
        on_progress: impl FnMut(BulkProgress) + Send,
    ) -> Result<BulkReport, SessionError> {
        let calls = session.on_tenant(generation);
        let tenant = calls.tenant()?;
        if tenant.view.read_only {
            return Err(ampeco::Error::ReadOnlyProfile.into());
        }
        let registered = self.register(&request.run_id)?;
        let limit = tenant.client.max_concurrent_requests();
        Ok(run::run(&calls, limit, request, &registered.token, on_progress).await)
    }

    /// Stops run `run_id` from starting more records; false when it is not running.
    pub fn cancel(&self, run_id: &str) -> bool {
        match self.lock().get(run_id) {
            Some(token) => {
                token.cancel();
                true
            }
            None => false,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, CancellationToken>> {
        self.running
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    fn register(&self, run_id: &str) -> Result<Registered<'_>, SessionError> {
        let mut running = self.lock();
        if running.contains_key(run_id) {
            return Err(SessionError::AlreadyInFlight);
        }
        let token = CancellationToken::new();
        running.insert(run_id.to_owned(), token.clone());
        Ok(Registered {
            runs: self,
            run_id: run_id.to_owned(),
            token,
        })
    }
}

/// Removes a run from the register when it ends, however it ends.
struct Registered<'a> {
    runs: &'a BulkRuns,
    run_id: String,
    token: CancellationToken,
}

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        self.runs.lock().remove(&self.run_id);
    }
}
