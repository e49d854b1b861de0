//! How one record's answer reads in the results.

use session::{CallOutcome, SessionError};

use crate::{ItemOutcome, ItemResult};

/// The result of a record the run never started.
pub(crate) fn not_sent(index: u32) -> ItemResult {
    ItemResult {
        index,
        outcome: ItemOutcome::NotSent,
        status: None,
        message: Some("Not sent: the run was cancelled before this record's turn.".into()),
    }
}

pub(crate) fn item_result(index: u32, result: Result<CallOutcome, SessionError>) -> ItemResult {
    match result {
        Ok(answer) => ItemResult {
            index,
            outcome: match answer.status {
                202 => ItemOutcome::Accepted,
                _ => ItemOutcome::Succeeded,
            },
            status: Some(answer.status),
            message: tenant_message(answer.body.as_ref()),
        },
        Err(error) => {
            let outcome = match &error {
                SessionError::AlreadySent | SessionError::AlreadyInFlight => {
                    ItemOutcome::AlreadySent
                }
                // Sent, but no answer came: the tenant may have applied it.
                SessionError::Api(ampeco::Error::Cancelled | ampeco::Error::Timeout) => {
                    ItemOutcome::Unknown
                }
                _ => ItemOutcome::Failed,
            };
            let status = match &error {
                SessionError::Api(api) => api.http_status(),
                _ => None,
            };
            ItemResult {
                index,
                outcome,
                status,
                message: Some(error.to_string()),
            }
        }
    }
}

/// The `message` a tenant often puts in an answer ("Command accepted").
fn tenant_message(body: Option<&serde_json::Value>) -> Option<String> {
    body?
        .get("message")?
        .as_str()
        .map(str::to_owned)
        .filter(|text| !text.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answers_read_as_outcomes() {
        let accepted = item_result(
            0,
            Ok(CallOutcome {
                status: 202,
                body: Some(json!({"message": "Command sent"})),
            }),
        );
        assert_eq!(accepted.outcome, ItemOutcome::Accepted);
        assert_eq!(accepted.message.as_deref(), Some("Command sent"));
        let sent_before = item_result(1, Err(SessionError::AlreadySent));
        assert_eq!(sent_before.outcome, ItemOutcome::AlreadySent);
        let half_way = item_result(
            2,
            Err(SessionError::Api(ampeco::Error::Server {
                status: 503,
                message: "Service Unavailable".into(),
            })),
        );
        assert_eq!(half_way.outcome, ItemOutcome::Failed);
        assert_eq!(half_way.status, Some(503));
    }
}
