//! The two ways Home counts: the listing's own total, or a walk over its pages.

use ampeco::generated::ListOperation;
use ampeco::operation::Pagination;
use ampeco::{Client, OperationRequest, Page, QueryInput};
use futures_util::StreamExt;
use serde_json::{Map, Value};

use crate::tenant::Watch;
use crate::InsightsError;

/// The largest page the API serves: the fewest requests per walk.
const PER_PAGE: u32 = 100;

/// A filter as the query takes it, from `(name, value)` pairs.
pub(crate) fn filter<const N: usize>(pairs: [(&str, Value); N]) -> Map<String, Value> {
    pairs
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value))
        .collect()
}

/// How many records of `op` pass `filter`: one request for one record, read
/// from `meta.total`. A tenant that leaves the total out is walked instead.
pub(crate) async fn count(
    client: &Client,
    watch: &Watch<'_>,
    op: ListOperation,
    filter: Map<String, Value>,
) -> Result<u64, InsightsError> {
    let page = page_of(client, op, filter.clone(), 1, 1).await?;
    watch.check()?;
    match page.total {
        Some(total) => Ok(total),
        None => walk(client, watch, op, filter, |_| {}).await,
    }
}

/// Page `number` of `op` with `per_page` records, by page number.
pub(crate) async fn page_of(
    client: &Client,
    op: ListOperation,
    filter: Map<String, Value>,
    number: u32,
    per_page: u32,
) -> Result<Page, InsightsError> {
    let operation = op.operation();
    let request = OperationRequest {
        query: QueryInput {
            filter,
            page: Some(number),
            per_page: Some(per_page),
            ..QueryInput::default()
        },
        ..OperationRequest::default()
    };
    let response = client.execute(operation, request).await?;
    Ok(Page::parse(operation.pagination, response.body))
}

/// The newest `how_many` records of a page-numbered listing (it lists oldest
/// first), newest first, given its `total`.
pub(crate) async fn newest(
    client: &Client,
    op: ListOperation,
    filter: Map<String, Value>,
    total: u64,
    how_many: u32,
) -> Result<Vec<Value>, InsightsError> {
    if total == 0 || how_many == 0 {
        return Ok(Vec::new());
    }
    let last = u32::try_from(total.div_ceil(u64::from(how_many))).unwrap_or(u32::MAX);
    let mut records = page_of(client, op, filter.clone(), last, how_many)
        .await?
        .records;
    if records.len() < how_many as usize && last > 1 {
        let mut before = page_of(client, op, filter, last - 1, how_many)
            .await?
            .records;
        before.append(&mut records);
        records = before;
    }
    records.reverse();
    records.truncate(how_many as usize);
    Ok(records)
}

/// Hands every record of `op` passing `filter` to `each`, one page in memory
/// at a time; returns how many there were. Stops when the tenant changes.
pub(crate) async fn walk(
    client: &Client,
    watch: &Watch<'_>,
    op: ListOperation,
    filter: Map<String, Value>,
    mut each: impl FnMut(&Value),
) -> Result<u64, InsightsError> {
    let operation = op.operation();
    let mut query = QueryInput {
        filter,
        per_page: operation.per_page.then_some(PER_PAGE),
        ..QueryInput::default()
    };
    if operation.pagination == Pagination::Cursor {
        query.cursor = Some(String::new());
    }
    let request = OperationRequest {
        query,
        ..OperationRequest::default()
    };
    let mut pages = std::pin::pin!(client.pages(operation, request));
    let mut seen = 0u64;
    while let Some(page) = pages.next().await {
        let page = page?;
        watch.check()?;
        for record in &page.records {
            each(record);
        }
        seen += page.records.len() as u64;
    }
    Ok(seen)
}
