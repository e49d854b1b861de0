//! Asking the tenant: one listing call per hundred ids where the listing
//! filters by id, otherwise one read per id, a few at a time.

use std::collections::HashMap;

use ampeco::generated::record_param;
use ampeco::limit::DEFAULT_MAX_CONCURRENT_REQUESTS;
use ampeco::{Client, OperationRequest, Page, QueryInput};
use futures_util::{stream, StreamExt};
use serde_json::Value;
use session::SessionError;

use crate::naming::{id_text, name_of};
use crate::{NameLookup, NameOutcome};

/// The most ids one listing call asks for: the API's largest page.
const IDS_PER_LISTING: usize = 100;

/// What the tenant says about each of `ids`. `still` fails once the window's
/// connection is no longer the active one; nothing more is sent then.
pub(crate) async fn fetch(
    client: &Client,
    lookup: &NameLookup,
    ids: &[String],
    still: &(dyn Fn() -> Result<(), SessionError> + Sync),
) -> Result<HashMap<String, NameOutcome>, SessionError> {
    match (lookup.list, lookup.id_filter.as_deref()) {
        (Some(list), Some(filter)) => {
            let mut found = HashMap::new();
            for chunk in ids.chunks(IDS_PER_LISTING) {
                still()?;
                found.extend(by_listing(client, list, filter, &lookup.rule, chunk).await);
            }
            Ok(found)
        }
        _ => by_reads(client, lookup, ids, still).await,
    }
}

/// One listing call selecting `ids`; an id the listing leaves out is not found.
async fn by_listing(
    client: &Client,
    list: ampeco::generated::ListOperation,
    filter: &str,
    rule: &[Vec<String>],
    ids: &[String],
) -> HashMap<String, NameOutcome> {
    let operation = list.operation();
    let mut query = QueryInput {
        per_page: operation.per_page.then_some(IDS_PER_LISTING as u32),
        ..QueryInput::default()
    };
    let values = ids.iter().cloned().map(Value::String).collect();
    query.filter.insert(filter.to_owned(), Value::Array(values));
    let request = OperationRequest {
        query,
        ..OperationRequest::default()
    };
    match client.execute(operation, request).await {
        Ok(response) => {
            let page = Page::parse(operation.pagination, response.body);
            let mut found: HashMap<String, NameOutcome> = page
                .records
                .iter()
                .filter_map(|record| Some((id_text(record.get("id")?)?, outcome_of(record, rule))))
                .filter(|(id, _)| ids.contains(id))
                .collect();
            for id in ids {
                found
                    .entry(id.clone())
                    .or_insert_with(|| NameOutcome::NotFound {
                        message: "The tenant lists no such record: it may have been deleted."
                            .into(),
                    });
            }
            found
        }
        Err(error) => {
            let outcome = failure(error);
            ids.iter().map(|id| (id.clone(), outcome.clone())).collect()
        }
    }
}

/// One read per id, no more at once than the tenant's client allows.
async fn by_reads(
    client: &Client,
    lookup: &NameLookup,
    ids: &[String],
    still: &(dyn Fn() -> Result<(), SessionError> + Sync),
) -> Result<HashMap<String, NameOutcome>, SessionError> {
    let operation = lookup.read.operation();
    let Some(param) = record_param(operation.id) else {
        let message = format!("{} does not read one record by its id.", operation.title);
        return Ok(ids
            .iter()
            .map(|id| {
                (
                    id.clone(),
                    NameOutcome::Failed {
                        message: message.clone(),
                    },
                )
            })
            .collect());
    };
    let reads = stream::iter(ids.iter().cloned())
        .map(|id| async move {
            still()?;
            let request = OperationRequest::with_path([(param, Value::String(id.clone()))]);
            let outcome = match client.execute(operation, request).await {
                Ok(response) => {
                    let body = response.body.unwrap_or(Value::Null);
                    let record = body.get("data").cloned().unwrap_or(body);
                    outcome_of(&record, &lookup.rule)
                }
                Err(error) => failure(error),
            };
            Ok((id, outcome))
        })
        .buffer_unordered(DEFAULT_MAX_CONCURRENT_REQUESTS);
    reads.collect::<Vec<_>>().await.into_iter().collect()
}

fn outcome_of(record: &Value, rule: &[Vec<String>]) -> NameOutcome {
    match name_of(record, rule) {
        Some(name) => NameOutcome::Named { name },
        None => NameOutcome::Unnamed,
    }
}

/// Why the tenant gave no name, in the words its error already has.
pub(crate) fn failure(error: ampeco::Error) -> NameOutcome {
    match error {
        ampeco::Error::NotFound { .. } => NameOutcome::NotFound {
            message: "The tenant has no such record: it may have been deleted.".into(),
        },
        ampeco::Error::Forbidden { .. } => NameOutcome::Forbidden {
            message: "This profile's API token may not read this record.".into(),
        },
        other => NameOutcome::Failed {
            message: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_say_why_and_other_errors_keep_their_words() {
        let forbidden = failure(ampeco::Error::Forbidden {
            message: "no".into(),
        });
        assert!(matches!(forbidden, NameOutcome::Forbidden { .. }));
        let gone = failure(ampeco::Error::NotFound {
            message: "gone".into(),
        });
        assert!(matches!(gone, NameOutcome::NotFound { .. }));
        let timeout = failure(ampeco::Error::Timeout);
        assert_eq!(
            timeout,
            NameOutcome::Failed {
                message: ampeco::Error::Timeout.to_string()
            }
        );
    }
}
