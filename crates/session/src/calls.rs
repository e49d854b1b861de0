//! Running one API call on the active tenant, cancellable by its request id.

use ampeco::{ApiResponse, Operation, OperationRequest, Page};

use crate::{Session, SessionError};

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
        let client = self.client()?;
        let guard = self
            .in_flight
            .begin(request_id)
            .ok_or(SessionError::AlreadyInFlight)?;
        Ok(client
            .execute_cancellable(op, request, &guard.token)
            .await?)
    }

    /// Cancels the call `request_id`; false when it already ended.
    pub fn cancel(&self, request_id: &str) -> bool {
        self.in_flight.cancel(request_id)
    }
}
