//! Every operation of the table, sent once through the client with example
//! input, must answer 2xx (or a 4xx the demo documents for that input), and
//! every 2xx body must match the operation's response schema.

mod common;

use std::collections::BTreeMap;

use ampeco::generated::{OPERATIONS, REQUEST_SCHEMAS_JSON, RESPONSE_SCHEMAS_JSON};
use ampeco::Error;
use common::{client, start, TOKEN};
use demo_tenant::examples::{example_requests, DateSegments};
use serde_json::{Map, Value};

#[tokio::test]
async fn every_operation_answers_and_matches_its_schema() {
    let demo = start().await;
    let api = client(&demo, TOKEN);
    let _requests: Map<String, Value> = serde_json::from_str(REQUEST_SCHEMAS_JSON).unwrap();
    let responses: Map<String, Value> = serde_json::from_str(RESPONSE_SCHEMAS_JSON).unwrap();
    let mut outcomes: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let mut violations: Vec<String> = Vec::new();
    for (op, request) in example_requests(DateSegments::RecordIds) {
        let outcome = match api.execute(op, request).await {
            Ok(response) => {
                let schema = responses
                    .get(op.id)
                    .and_then(|codes| codes.get(response.status.to_string()));
                if let (Some(schema), Some(body)) = (schema, &response.body) {
                    let validator = jsonschema::options()
                        .build(schema)
                        .expect("response schema compiles");
                    let first = validator
                        .iter_errors(body)
                        .next()
                        .map(|error| format!("{}: {} at {}", op.id, error, error.instance_path()));
                    violations.extend(first);
                }
                format!("{}", response.status)
            }
            Err(Error::Validation { errors, .. }) => {
                format!("422 {:?}", errors.keys().collect::<Vec<_>>())
            }
            Err(Error::NotFound { .. }) => "404".to_owned(),
            Err(other) => panic!("{} failed: {other}", op.id),
        };
        outcomes
            .entry(outcome.split(' ').next().unwrap().to_owned())
            .or_default()
            .push(op.id);
        if !outcome.starts_with('2') {
            println!("{}: {outcome}", op.id);
        }
    }
    for violation in &violations {
        println!(
            "response schema violation: {}",
            violation.chars().take(300).collect::<String>()
        );
    }
    let answered: usize = outcomes
        .iter()
        .filter(|(status, _)| status.starts_with('2'))
        .map(|(_, ops)| ops.len())
        .sum();
    println!(
        "sweep: {answered} of {} operations answered 2xx; {:?}; {} response schema violations",
        OPERATIONS.len(),
        outcomes
            .iter()
            .map(|(status, ops)| (status.as_str(), ops.len()))
            .collect::<Vec<_>>(),
        violations.len()
    );
    assert_eq!(outcomes.values().map(Vec::len).sum::<usize>(), 452);
    assert!(
        violations.is_empty(),
        "answers that break their response schema: {violations:#?}"
    );
    // Every operation has input the demo can answer: a 4xx here is a bug in
    // the demo or in the sweep's example input, not an expected answer.
    assert_eq!(
        answered,
        OPERATIONS.len(),
        "operations without a 2xx: see the lines above"
    );
}
