//! One conformance case: an operation with one of its example requests, sent
//! through the client, and what came back.

use std::collections::BTreeMap;

use ampeco::{Client, Error, Operation, OperationRequest, QueryInput};
use codegen::examples::{ExampleRequest, Fill};
use serde_json::Value;

use super::relay::Relay;

pub struct Case {
    pub op: &'static Operation,
    pub fill: Fill,
    pub request: OperationRequest,
}

/// Why a case did not conform; `None` when it did.
pub type Verdict = Option<String>;

/// The client's request for a generated example.
pub fn operation_request(example: &ExampleRequest) -> OperationRequest {
    OperationRequest {
        path: example.path.clone(),
        query: query_input(&example.query),
        body: example.body.clone(),
    }
}

/// Sorts the example's query into the client's slots: `filter`, `include`,
/// `cursor`, `page`, `per_page`, and plain parameters.
fn query_input(query: &BTreeMap<String, Value>) -> QueryInput {
    let mut input = QueryInput::default();
    let number = |value: &Value| value.as_u64().and_then(|n| u32::try_from(n).ok());
    for (name, value) in query {
        match name.as_str() {
            "filter" => input.filter = value.as_object().cloned().unwrap_or_default(),
            "include" => {
                input.include = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect();
            }
            "cursor" => input.cursor = value.as_str().map(str::to_owned),
            "page" => input.page = number(value),
            "per_page" => input.per_page = number(value),
            _ => {
                input.params.insert(name.clone(), value.clone());
            }
        }
    }
    input
}

/// Sends the case and judges the answer: a declared success status and no
/// request-side violations reported by the mock.
pub async fn run(client: &Client, relay: &Relay, case: Case) -> Verdict {
    relay.take_violations();
    let result = client.execute(case.op, case.request).await;
    let violations = relay.take_violations();
    let status = match result {
        Ok(response) if !case.op.success.contains(&response.status) => format!(
            "HTTP {} is not a declared success status {:?}",
            response.status, case.op.success
        ),
        Ok(_) if violations.is_empty() => return None,
        Ok(response) => format!("HTTP {}", response.status),
        Err(error) => describe(&error),
    };
    if violations.is_empty() {
        return Some(status);
    }
    let listed: Vec<String> = violations.iter().map(describe_violation).collect();
    Some(format!("{status}; violations: {}", listed.join("; ")))
}

fn describe(error: &Error) -> String {
    match error {
        Error::Validation { errors, message } if !errors.is_empty() => {
            format!("422 {message}: {errors:?}")
        }
        other => other.to_string(),
    }
}

/// `query.filter.status: must be equal to one of …`
fn describe_violation(violation: &Value) -> String {
    let location: Vec<String> = violation["location"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|step| {
            step.as_str()
                .map_or_else(|| step.to_string(), str::to_owned)
        })
        .collect();
    let message = violation["message"]
        .as_str()
        .map_or_else(|| violation.to_string(), str::to_owned);
    format!("{}: {message}", location.join("."))
}
