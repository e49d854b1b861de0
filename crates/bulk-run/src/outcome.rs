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
        Ok(answer) => {
            let refusal = refusal(answer.body.as_ref());
            ItemResult {
                index,
                outcome: match (answer.status, &refusal) {
                    (_, Some(_)) => ItemOutcome::Failed,
                    (202, None) => ItemOutcome::Accepted,
                    _ => ItemOutcome::Succeeded,
                },
                status: Some(answer.status),
                message: refusal.or_else(|| tenant_message(answer.body.as_ref())),
            }
        }
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

/// Why the tenant did not carry out a change it answered with a success status:
/// some actions (starting a session on a charger that is busy) answer 200 with
/// `success: false` and an `errorCode` rather than an error status. The record
/// then failed, as the single-record result screen says too.
fn refusal(body: Option<&serde_json::Value>) -> Option<String> {
    let body = body?;
    let data = body
        .get("data")
        .filter(|data| data.is_object())
        .unwrap_or(body);
    let code = data.get("errorCode").and_then(serde_json::Value::as_str);
    let unsuccessful = data.get("success").and_then(serde_json::Value::as_bool) == Some(false);
    if code.is_none() && !unsuccessful {
        return None;
    }
    let said = tenant_message(Some(data)).or_else(|| tenant_message(Some(body)));
    Some(match (said, code) {
        (Some(said), _) => said,
        (None, Some(code)) => format!("The tenant refused it ({code})."),
        (None, None) => "The tenant answered that it did not carry it out.".into(),
    })
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

    #[test]
    fn a_success_status_that_says_it_did_not_succeed_is_a_failure() {
        let refused = item_result(
            3,
            Ok(CallOutcome {
                status: 200,
                body: Some(
                    json!({"data": {"success": false, "errorCode": "SESSION_ALREADY_RUNNING"}}),
                ),
            }),
        );
        assert_eq!(refused.outcome, ItemOutcome::Failed);
        assert_eq!(refused.status, Some(200));
        assert_eq!(
            refused.message.as_deref(),
            Some("The tenant refused it (SESSION_ALREADY_RUNNING).")
        );
        let said_why = item_result(
            4,
            Ok(CallOutcome {
                status: 200,
                body: Some(json!({"success": false, "message": "Charger is offline"})),
            }),
        );
        assert_eq!(said_why.outcome, ItemOutcome::Failed);
        assert_eq!(said_why.message.as_deref(), Some("Charger is offline"));
        let fine = item_result(
            5,
            Ok(CallOutcome {
                status: 200,
                body: Some(json!({"data": {"success": true}})),
            }),
        );
        assert_eq!(fine.outcome, ItemOutcome::Succeeded);
    }
}
