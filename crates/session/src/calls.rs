//! Running one API call on the active tenant, cancellable by its request id;
//! every change is written to the activity log.

use std::time::{Duration, Instant};

use activity_log::{ActivityEntry, ActivityQuery, NewActivity, Outcome};
use ampeco::request::build_url;
use ampeco::{ApiResponse, Operation, OperationRequest, Page};

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
        mut request: OperationRequest,
    ) -> Result<Page, SessionError> {
        if op.pagination == ampeco::operation::Pagination::Cursor
            && request.query.cursor.is_none()
            && request.query.page.is_none()
        {
            request.query.cursor = Some(String::new());
        }
        let response = self.call(request_id, op, request).await?;
        Ok(Page::parse(op.pagination, response.body))
    }

    /// Sends `op` once. A second call with the same `request_id` while the
    /// first runs is refused, so a double click never sends a change twice.
    pub async fn call(
        &self,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
    ) -> Result<CallOutcome, SessionError> {
        let tenant = self.active().ok_or(SessionError::NotConnected)?;
        let guard = self
            .in_flight
            .begin(request_id)
            .ok_or(SessionError::AlreadyInFlight)?;
        let change = (!op.method.is_read()).then(|| ChangeRecord::start(&tenant, op, &request));
        let result = tenant
            .client
            .execute_cancellable(op, request, &guard.token)
            .await;
        if let Some(change) = change {
            self.record(change.finish(&result)).await;
        }
        Ok(result?)
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

    async fn record(&self, entry: NewActivity) {
        let Some(log) = self.activity.clone() else {
            return;
        };
        let written = tokio::task::spawn_blocking(move || log.record(entry)).await;
        if !matches!(written, Ok(Ok(_))) {
            // The change itself went through; losing its log line must not turn it
            // into a failure on screen, but it must not vanish silently either.
            eprintln!("Plugdesk could not write a change to the activity log");
        }
    }
}

/// What is known about a change before it is sent.
struct ChangeRecord {
    entry: NewActivity,
    started: Instant,
}

impl ChangeRecord {
    fn start(tenant: &ActiveTenant, op: &'static Operation, request: &OperationRequest) -> Self {
        let path = build_url(tenant.client.base_url(), op, request)
            .map(|url| url.path().to_owned())
            .unwrap_or_else(|_| op.path.to_owned());
        ChangeRecord {
            entry: NewActivity {
                profile_id: tenant.view.profile_id.clone(),
                tenant_name: tenant.view.name.clone(),
                operation_id: op.id.to_owned(),
                title: op.title.to_owned(),
                method: op.method.as_str().to_owned(),
                path,
                body: request.body.clone(),
                outcome: Outcome::Failed,
                status: None,
                error: None,
                duration_ms: 0,
            },
            started: Instant::now(),
        }
    }

    fn finish(mut self, result: &Result<ApiResponse, ampeco::Error>) -> NewActivity {
        let elapsed = self
            .started
            .elapsed()
            .min(Duration::from_secs(u64::from(u32::MAX) / 1000));
        self.entry.duration_ms = u32::try_from(elapsed.as_millis()).unwrap_or(u32::MAX);
        match result {
            Ok(response) => {
                self.entry.status = Some(response.status);
                self.entry.outcome = Outcome::from_status(response.status);
            }
            Err(error) => {
                self.entry.status = error.http_status();
                self.entry.error = Some(error.to_string());
            }
        }
        self.entry
    }
}
