//! How many records a saved view lists, for its tile on Home: the listing's own
//! `meta.total` where it gives one (listings that take page numbers do when
//! asked for page 1), otherwise the first page of up to 100 records counted,
//! with "and more" when a next page exists. Walking every page
//! of a view that may list the whole network, every few minutes, would cost the
//! tenant far more than a tile is worth.

use std::collections::BTreeMap;

use ampeco::generated::ListOperation;
use ampeco::operation::Pagination;
use ampeco::{Client, OperationRequest, Page, QueryInput};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::tenant::Watch;
use crate::InsightsError;

/// The largest page the API serves: the most a tile counts without a total.
pub const FIRST_PAGE: u32 = 100;

/// What a view's tile shows: `count`, or `count`+ when it is only a lower bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ViewCount {
    pub count: u32,
    /// False when the listing has more records than its first page and no total.
    pub exact: bool,
}

/// The listing a view shows: its operation, parent ids and filters, in API types.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ViewListing {
    pub operation: ListOperation,
    pub path: BTreeMap<String, Value>,
    pub filter: Map<String, Value>,
}

impl ViewListing {
    /// Identifies the listing in the cache: two tiles of the same listing share a count.
    pub(crate) fn cache_key(&self) -> String {
        serde_json::json!([self.operation, self.path, self.filter]).to_string()
    }
}

pub(crate) async fn view_count(
    client: &Client,
    watch: &Watch<'_>,
    listing: &ViewListing,
) -> Result<ViewCount, InsightsError> {
    let operation = listing.operation.operation();
    let query = QueryInput {
        filter: listing.filter.clone(),
        page: (operation.pagination != Pagination::None).then_some(1),
        per_page: operation.per_page.then_some(FIRST_PAGE),
        ..QueryInput::default()
    };
    let request = OperationRequest {
        path: listing.path.clone(),
        query,
        ..OperationRequest::default()
    };
    let response = client.execute(operation, request).await?;
    watch.check()?;
    Ok(count_of(&Page::parse(operation.pagination, response.body)))
}

/// The total when the page carries one; otherwise its records, "and more" when a next page exists.
fn count_of(page: &Page) -> ViewCount {
    let to_u32 = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
    match page.total {
        Some(total) => ViewCount {
            count: to_u32(total),
            exact: true,
        },
        None => ViewCount {
            count: to_u32(page.records.len() as u64),
            exact: page.next.is_none(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn counted(body: Value) -> ViewCount {
        count_of(&Page::parse(Pagination::Cursor, Some(body)))
    }

    #[test]
    fn a_total_is_taken_as_it_is() {
        let body = json!({"data": [{"id": 1}], "meta": {"total": 4711}, "links": {"next": "https://t.example/x?cursor=abc"}});
        assert_eq!(
            counted(body),
            ViewCount {
                count: 4711,
                exact: true
            }
        );
    }

    #[test]
    fn without_a_total_a_full_first_page_with_more_behind_it_is_a_lower_bound() {
        let records: Vec<Value> = (0..100).map(|id| json!({"id": id})).collect();
        let more = json!({"data": records, "links": {"next": "https://t.example/x?cursor=abc"}});
        assert_eq!(
            counted(more),
            ViewCount {
                count: 100,
                exact: false
            }
        );
        let last = json!({"data": [{"id": 1}, {"id": 2}], "links": {"next": null}});
        assert_eq!(
            counted(last),
            ViewCount {
                count: 2,
                exact: true
            }
        );
    }
}
