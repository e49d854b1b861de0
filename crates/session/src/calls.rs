//! Running one API call on the active tenant, cancellable by its request id;
//! every change is written to the activity log.

use std::time::{Duration, Instant};

use activity_log::{ActivityEntry, ActivityQuery, Completion, NewActivity, Outcome};
use ampeco::request::build_url;
use ampeco::{ApiResponse, Operation, OperationRequest, Page};

use crate::active::TenantCalls;
use crate::in_flight::Refusal;
use crate::{ActiveTenant, Session, SessionError};

/// The id the window gives a call, to cancel it or to recognise a repeat.
pub type RequestId = String;

/// What a non-listing call returned: the status and the body, if any.
pub type CallOutcome = ApiResponse;

impl Session {
    /// One page of the listing `op`. A cursor listing opened without a cursor
    /// starts with an empty one, as the API expects.
    pub async fn list_page(
        &self,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
    ) -> Result<Page, SessionError> {
        self.list_page_checked(None, request_id, op, request).await
    }

    /// Sends `op` once. A second call with the same `request_id` while the
    /// first runs is refused, and so is a change whose id already went out, so
    /// a double click or a retry never sends a change twice. A change is on
    /// record as "sent" before it goes out.
    pub async fn call(
        &self,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
    ) -> Result<CallOutcome, SessionError> {
        self.call_checked(None, request_id, op, request).await
    }

    pub(crate) async fn list_page_checked(
        &self,
        expected: Option<u32>,
        request_id: &str,
        op: &'static Operation,
        mut request: OperationRequest,
    ) -> Result<Page, SessionError> {
        if op.pagination == ampeco::operation::Pagination::Cursor
            && request.query.cursor.is_none()
            && request.query.page.is_none()
        {
            request.query.cursor = Some(String::new());
        }
        let response = self
            .call_logged(expected, request_id, op, request, None)
            .await?;
        Ok(Page::parse(op.pagination, response.body))
    }

    pub(crate) async fn call_checked(
        &self,
        expected: Option<u32>,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
    ) -> Result<CallOutcome, SessionError> {
        self.call_logged(expected, request_id, op, request, None)
            .await
    }

    /// The one place a call goes out; a change is logged under `bulk_run`
    /// when it is one record of a bulk run.
    async fn call_logged(
        &self,
        expected: Option<u32>,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
        bulk_run: Option<&str>,
    ) -> Result<CallOutcome, SessionError> {
        let tenant = self.active_as_expected(expected)?;
        let guard = if op.method.is_read() {
            self.in_flight
                .begin(request_id)
                .ok_or(SessionError::AlreadyInFlight)?
        } else {
            self.in_flight
                .begin_change(request_id)
                .map_err(|refusal| match refusal {
                    Refusal::Running => SessionError::AlreadyInFlight,
                    Refusal::AlreadySent => SessionError::AlreadySent,
                })?
        };
        let change = if op.method.is_read() {
            None
        } else {
            Some(self.record_sent(&tenant, op, &request, bulk_run).await)
        };
        let result = tenant
            .client
            .execute_cancellable(op, request, &guard.token)
            .await;
        if let Some(change) = change {
            if may_have_been_applied(&result) {
                self.in_flight.mark_sent(request_id);
            }
            self.complete(change, &result).await;
        }
        Ok(result?)
    }

    /// Runs `work`, reading from the tenant, as the read `request_id`: cancelling it
    /// ([`Session::cancel`], or a switch of tenant) drops `work` wherever it waits, so the
    /// requests it has in flight go too, and answers [`ampeco::Error::Cancelled`].
    pub async fn run_cancellable<T>(
        &self,
        request_id: &str,
        work: impl std::future::Future<Output = T>,
    ) -> Result<T, SessionError> {
        let guard = self
            .in_flight
            .begin(request_id)
            .ok_or(SessionError::AlreadyInFlight)?;
        guard
            .token
            .run_until_cancelled(work)
            .await
            .ok_or(SessionError::Api(ampeco::Error::Cancelled))
    }

    /// Cancels the call `request_id`; false when it already ended.
    pub fn cancel(&self, request_id: &str) -> bool {
        self.in_flight.cancel(request_id)
    }

    /// The changes recorded so far, newest first; empty without a log.
    pub async fn activity(&self, query: ActivityQuery) -> Result<Vec<ActivityEntry>, SessionError> {
        let Some(log) = self.activity.clone() else {
            return Ok(Vec::new());
        };
        tokio::task::spawn_blocking(move || log.list(&query))
            .await
            .map_err(|_| {
                SessionError::Activity("reading the activity log stopped unexpectedly".into())
            })?
            .map_err(|error| SessionError::Activity(error.to_string()))
    }

    /// How many days the activity log keeps entries.
    pub async fn activity_retention_days(&self) -> Result<u32, SessionError> {
        self.with_log(|log| log.retention_days()).await
    }

    /// Keeps activity entries for `days` from now on; older ones go at once.
    pub async fn set_activity_retention_days(&self, days: u32) -> Result<u32, SessionError> {
        self.with_log(move |log| log.set_retention_days(days)).await
    }

    async fn with_log<T: Send + 'static>(
        &self,
        work: impl FnOnce(&activity_log::ActivityLog) -> Result<T, activity_log::ActivityError>
            + Send
            + 'static,
    ) -> Result<T, SessionError> {
        let log = self.activity.clone().ok_or_else(|| {
            SessionError::Activity("The activity log is not available in this window.".into())
        })?;
        tokio::task::spawn_blocking(move || work(&log))
            .await
            .map_err(|_| SessionError::Activity("the activity log stopped unexpectedly".into()))?
            .map_err(|error| SessionError::Activity(error.to_string()))
    }

    /// Puts the change on record as "sent" before it goes out, so a crash in
    /// flight still leaves a trace.
    async fn record_sent(
        &self,
        tenant: &ActiveTenant,
        op: &'static Operation,
        request: &OperationRequest,
        bulk_run: Option<&str>,
    ) -> ChangeRecord {
        let entry = new_activity(tenant, op, request, bulk_run);
        let id = match self.activity.clone() {
            Some(log) => {
                let written = tokio::task::spawn_blocking(move || log.record_sent(&entry)).await;
                match written {
                    Ok(Ok(id)) => Some(id),
                    _ => {
                        // The change itself must still go out; losing its log line must
                        // not turn it into a failure, but it must not vanish silently either.
                        eprintln!("Plugdesk could not write a change to the activity log");
                        None
                    }
                }
            }
            None => None,
        };
        ChangeRecord {
            id,
            started: Instant::now(),
        }
    }

    async fn complete(&self, change: ChangeRecord, result: &Result<ApiResponse, ampeco::Error>) {
        let (Some(log), Some(id)) = (self.activity.clone(), change.id) else {
            return;
        };
        let completion = change.finish(result);
        let written = tokio::task::spawn_blocking(move || log.complete(id, &completion)).await;
        if !matches!(written, Ok(Ok(()))) {
            eprintln!("Plugdesk could not complete a change in the activity log");
        }
    }
}

impl TenantCalls<'_> {
    /// [`Session::list_page`], refused when another connection is active.
    pub async fn list_page(
        &self,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
    ) -> Result<Page, SessionError> {
        self.session
            .list_page_checked(Some(self.generation), request_id, op, request)
            .await
    }

    /// [`Session::call`], refused when another connection is active.
    pub async fn call(
        &self,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
    ) -> Result<CallOutcome, SessionError> {
        self.session
            .call_checked(Some(self.generation), request_id, op, request)
            .await
    }

    /// [`Session::call`] for one record of the bulk run `bulk_run`: the
    /// same guards (no second send of `request_id`), logged under the run.
    pub async fn call_in_bulk_run(
        &self,
        bulk_run: &str,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
    ) -> Result<CallOutcome, SessionError> {
        self.session
            .call_logged(
                Some(self.generation),
                request_id,
                op,
                request,
                Some(bulk_run),
            )
            .await
    }

    /// The active tenant, when it is still the connection this was made for.
    pub fn tenant(&self) -> Result<ActiveTenant, SessionError> {
        self.session.active_as_expected(Some(self.generation))
    }
}

/// The log entry of a change, before it is sent.
fn new_activity(
    tenant: &ActiveTenant,
    op: &'static Operation,
    request: &OperationRequest,
    bulk_run: Option<&str>,
) -> NewActivity {
    let path = build_url(tenant.client.base_url(), op, request)
        .map(|url| url.path().to_owned())
        .unwrap_or_else(|_| op.path.to_owned());
    NewActivity {
        profile_id: tenant.view.profile_id.clone(),
        tenant_name: tenant.view.name.clone(),
        operation_id: op.id.to_owned(),
        title: op.title.to_owned(),
        method: op.method.as_str().to_owned(),
        path,
        body: request.body.clone(),
        bulk_run: bulk_run.map(str::to_owned),
    }
}

/// A change on record: its log id (none without a log) and when it started.
struct ChangeRecord {
    id: Option<u32>,
    started: Instant,
}

/// Shown for a change whose answer never came.
pub(crate) const UNKNOWN_OUTCOME: &str = "unknown — check the record";

impl ChangeRecord {
    fn finish(self, result: &Result<ApiResponse, ampeco::Error>) -> Completion {
        let elapsed = self
            .started
            .elapsed()
            .min(Duration::from_secs(u64::from(u32::MAX) / 1000));
        let duration_ms = u32::try_from(elapsed.as_millis()).unwrap_or(u32::MAX);
        match result {
            Ok(response) => Completion {
                outcome: Outcome::from_status(response.status),
                status: Some(response.status),
                error: None,
                duration_ms,
            },
            // Sent, but no answer: the tenant may well have applied it.
            Err(ampeco::Error::Cancelled | ampeco::Error::Timeout) => Completion {
                outcome: Outcome::Unknown,
                status: None,
                error: Some(UNKNOWN_OUTCOME.to_owned()),
                duration_ms,
            },
            Err(error) => Completion {
                outcome: Outcome::Failed,
                status: error.http_status(),
                error: Some(error.to_string()),
                duration_ms,
            },
        }
    }
}

/// Whether the tenant may have applied a change: it answered with success, it
/// failed half-way (5xx), or no answer came. A refusal (4xx, our own checks,
/// no connection) left nothing applied, so the same submission may be
/// corrected and sent again.
fn may_have_been_applied(result: &Result<ApiResponse, ampeco::Error>) -> bool {
    matches!(
        result,
        Ok(_)
            | Err(ampeco::Error::Cancelled | ampeco::Error::Timeout | ampeco::Error::Server { .. })
    )
}
