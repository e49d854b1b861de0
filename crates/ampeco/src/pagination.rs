//! Reading listings page by page.
//!
//! Listings come in several envelopes: `{data, links, meta}` (most),
//! `{data}` only, a bare array, or a bare number (a count). Cursor pagination
//! starts with an empty `cursor=` and follows `links.next` (or
//! `meta.next_cursor`); page-number listings follow `links.next` too, else
//! `page + 1` while `meta.current_page < meta.last_page`. Pages are fetched one
//! at a time, only when the consumer asks for the next one, so an export of any
//! size keeps one page in memory.

use std::collections::HashSet;

use futures_util::stream::{self, Stream, TryStreamExt};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

use crate::client::Client;
use crate::operation::{Operation, Pagination};
use crate::request::OperationRequest;
use crate::Error;

/// Where the next page starts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum PageRequest {
    Cursor(String),
    Page(u32),
}

impl PageRequest {
    /// The page a walk of a listing paginated by `pagination` asks for first
    /// with `request`: its own cursor (an empty one when it names none) or its
    /// own page (1 when it names none); `None` for a listing without pages.
    pub fn first(pagination: Pagination, request: &OperationRequest) -> Option<Self> {
        match pagination {
            Pagination::Cursor => Some(PageRequest::Cursor(
                request.query.cursor.clone().unwrap_or_default(),
            )),
            Pagination::Page => Some(PageRequest::Page(request.query.page.unwrap_or(1))),
            Pagination::None => None,
        }
    }

    /// `request` moved to this page; filters, includes and per_page are kept.
    pub fn apply(&self, request: &mut OperationRequest) {
        match self {
            PageRequest::Cursor(cursor) => {
                request.query.cursor = Some(cursor.clone());
                request.query.page = None;
            }
            PageRequest::Page(page) => {
                request.query.page = Some(*page);
                request.query.cursor = None;
            }
        }
    }
}

/// One page of a listing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Page {
    /// The records as the tenant sent them; unknown fields are kept.
    pub records: Vec<Value>,
    /// The next page, or `None` on the last one.
    pub next: Option<PageRequest>,
    /// `meta.total`, or the count itself for listings that return a number.
    #[cfg_attr(feature = "specta", specta(type = Option<f64>))]
    pub total: Option<u64>,
    pub meta: Option<Value>,
}

impl Page {
    /// Reads a listing body leniently; anything unexpected becomes records or
    /// is ignored, never an error.
    pub fn parse(pagination: Pagination, body: Option<Value>) -> Page {
        match body {
            None | Some(Value::Null) => Page::default(),
            Some(Value::Array(records)) => Page {
                records,
                ..Page::default()
            },
            Some(Value::Number(count)) => Page {
                total: count.as_u64(),
                ..Page::default()
            },
            Some(Value::Object(mut envelope)) => match envelope.remove("data") {
                Some(Value::Array(records)) => {
                    let links = envelope.get("links");
                    let meta = envelope.get("meta");
                    Page {
                        next: next_page(pagination, links, meta),
                        total: meta.and_then(|meta| as_u64(meta.get("total")?)),
                        meta: meta.cloned(),
                        records,
                    }
                }
                // `data` holding one object, or no `data` at all: a single record.
                Some(record) => Page {
                    records: vec![record],
                    ..Page::default()
                },
                None => Page {
                    records: vec![Value::Object(envelope)],
                    ..Page::default()
                },
            },
            Some(other) => Page {
                records: vec![other],
                ..Page::default()
            },
        }
    }
}

fn next_page(
    pagination: Pagination,
    links: Option<&Value>,
    meta: Option<&Value>,
) -> Option<PageRequest> {
    if let Some(next) = links
        .and_then(|links| links.get("next"))
        .and_then(Value::as_str)
        .and_then(page_request_from_link)
    {
        return Some(next);
    }
    let meta = meta?;
    if let Some(cursor) = meta.get("next_cursor").and_then(Value::as_str) {
        if !cursor.is_empty() {
            return Some(PageRequest::Cursor(cursor.to_owned()));
        }
    }
    if pagination == Pagination::Page {
        let current = as_u64(meta.get("current_page")?)?;
        let last = as_u64(meta.get("last_page")?)?;
        if current < last {
            return u32::try_from(current + 1).ok().map(PageRequest::Page);
        }
    }
    None
}

/// The cursor or page number in a `links.next` URL (absolute or relative).
fn page_request_from_link(link: &str) -> Option<PageRequest> {
    if link.is_empty() {
        return None;
    }
    let placeholder = Url::parse("http://localhost/").expect("a valid URL");
    let url = Url::options()
        .base_url(Some(&placeholder))
        .parse(link)
        .ok()?;
    let mut page = None;
    for (name, value) in url.query_pairs() {
        match name.as_ref() {
            "cursor" if !value.is_empty() => return Some(PageRequest::Cursor(value.into_owned())),
            "page" => page = value.parse().ok().map(PageRequest::Page),
            _ => {}
        }
    }
    page
}

/// A count that may arrive as a number or as numeric text.
fn as_u64(value: &Value) -> Option<u64> {
    match value {
        Value::Number(number) => number.as_u64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// State of a page stream between two fetches.
struct Walk {
    client: Client,
    op: &'static Operation,
    request: Option<OperationRequest>,
    seen: HashSet<PageRequest>,
}

impl Client {
    /// Every page of the listing `op`, fetched lazily one after another.
    /// Cursor listings start with an empty cursor unless `request` names one.
    /// The stream ends after the last page, or after the first error.
    pub fn pages(
        &self,
        op: &'static Operation,
        mut request: OperationRequest,
    ) -> impl Stream<Item = Result<Page, Error>> + Send + 'static {
        let mut seen = HashSet::new();
        if let Some(first) = PageRequest::first(op.pagination, &request) {
            // A cursor walk sends its first cursor, empty or not; a page walk
            // leaves an unnamed first page to the tenant's default.
            if let PageRequest::Cursor(cursor) = &first {
                request.query.cursor = Some(cursor.clone());
            }
            seen.insert(first);
        }
        let walk = Walk {
            client: self.for_bulk(),
            op,
            request: Some(request),
            seen,
        };
        stream::unfold(walk, |mut walk| async move {
            let request = walk.request.take()?;
            let result = walk.fetch(request).await;
            Some((result, walk))
        })
    }

    /// Every record of the listing `op`, page after page.
    pub fn records(
        &self,
        op: &'static Operation,
        request: OperationRequest,
    ) -> impl Stream<Item = Result<Value, Error>> + Send + 'static {
        self.pages(op, request)
            .map_ok(|page| stream::iter(page.records.into_iter().map(Ok)))
            .try_flatten()
    }
}

impl Walk {
    /// Fetches one page and decides the request for the following one.
    async fn fetch(&mut self, request: OperationRequest) -> Result<Page, Error> {
        let response = self.client.execute(self.op, request.clone()).await?;
        let page = Page::parse(self.op.pagination, response.body);
        // An empty page ends the walk even if it links onwards: a tenant that
        // keeps handing out fresh cursors for nothing would never end otherwise.
        let Some(next) = page.next.clone().filter(|_| !page.records.is_empty()) else {
            return Ok(page);
        };
        if !self.seen.insert(next.clone()) {
            return Err(Error::protocol(
                200,
                format!(
                    "the tenant linked back to a page already read ({next:?}); stopped to avoid reading the same records forever"
                ),
                b"",
            ));
        }
        let mut following = request;
        next.apply(&mut following);
        self.request = Some(following);
        Ok(page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(pagination: Pagination, body: Value) -> Page {
        Page::parse(pagination, Some(body))
    }

    #[test]
    fn cursor_comes_from_links_next() {
        let page = parse(
            Pagination::Cursor,
            json!({
                "data": [{"id": 1}, {"id": 2}],
                "links": {"first": null, "last": null, "prev": null,
                          "next": "https://acme.example/public-api/resources/users/v1.0?cursor=eyJpZCI6Mn0%3D&filter%5Bx%5D=1"},
                "meta": {"path": "/x", "per_page": 2, "next_cursor": "ignored", "prev_cursor": null}
            }),
        );
        assert_eq!(page.records.len(), 2);
        assert_eq!(page.next, Some(PageRequest::Cursor("eyJpZCI6Mn0=".into())));
    }

    #[test]
    fn cursor_falls_back_to_meta_next_cursor() {
        let page = parse(
            Pagination::Cursor,
            json!({"data": [{}], "links": {"next": null}, "meta": {"next_cursor": "abc"}}),
        );
        assert_eq!(page.next, Some(PageRequest::Cursor("abc".into())));
        let last = parse(
            Pagination::Cursor,
            json!({"data": [{}], "links": {"next": null}, "meta": {"next_cursor": null}}),
        );
        assert_eq!(last.next, None);
    }

    #[test]
    fn page_numbers_follow_links_or_meta() {
        let linked = parse(
            Pagination::Page,
            json!({"data": [{}], "links": {"next": "/public-api/resources/x?page=3"}, "meta": {"current_page": 1, "last_page": 9}}),
        );
        assert_eq!(linked.next, Some(PageRequest::Page(3)));
        let counted = parse(
            Pagination::Page,
            json!({"data": [{}], "links": {"next": null}, "meta": {"current_page": "2", "last_page": 3, "total": "250"}}),
        );
        assert_eq!(counted.next, Some(PageRequest::Page(3)));
        assert_eq!(counted.total, Some(250));
        let last = parse(
            Pagination::Page,
            json!({"data": [{}], "meta": {"current_page": 3, "last_page": 3}}),
        );
        assert_eq!(last.next, None);
    }

    #[test]
    fn links_next_alone_is_enough() {
        let page = parse(
            Pagination::Page,
            json!({"data": [{}], "links": {"next": "https://acme.example/x?page=2"}}),
        );
        assert_eq!(page.next, Some(PageRequest::Page(2)));
        assert_eq!(page.meta, None);
    }

    #[test]
    fn other_envelopes_are_read_leniently() {
        let bare = parse(
            Pagination::None,
            json!([{"id": 1, "newField": "kept"}, {"id": "2"}]),
        );
        assert_eq!(
            bare.records,
            vec![json!({"id": 1, "newField": "kept"}), json!({"id": "2"})]
        );
        assert_eq!(bare.next, None);

        let data_only = parse(Pagination::Cursor, json!({"data": [{"id": 1}]}));
        assert_eq!(data_only.records.len(), 1);
        assert_eq!(data_only.next, None);

        let count = parse(Pagination::None, json!(42));
        assert_eq!(count.total, Some(42));
        assert!(count.records.is_empty());

        let single = parse(Pagination::None, json!({"data": {"id": 7}}));
        assert_eq!(single.records, vec![json!({"id": 7})]);

        assert_eq!(Page::parse(Pagination::Cursor, None), Page::default());
        let odd = parse(
            Pagination::Cursor,
            json!({"data": [], "links": "?", "meta": 5}),
        );
        assert_eq!(odd.next, None);
    }

    #[test]
    fn moving_to_a_page_keeps_the_rest_of_the_query() {
        let mut request = OperationRequest::default();
        request.query.per_page = Some(100);
        request.query.cursor = Some(String::new());
        PageRequest::Page(4).apply(&mut request);
        assert_eq!(
            (request.query.cursor.as_deref(), request.query.page),
            (None, Some(4))
        );
        PageRequest::Cursor("c".into()).apply(&mut request);
        assert_eq!(
            (request.query.cursor.as_deref(), request.query.page),
            (Some("c"), None)
        );
        assert_eq!(request.query.per_page, Some(100));
    }
}
