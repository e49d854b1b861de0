//! Listings: the query as the client encodes it, filters, includes, and the
//! two pagination styles with their `links` and `meta`.

use std::collections::BTreeMap;
use std::ops::Bound;

use ampeco::operation::{Operation, Pagination, QueryField};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::clock;
use crate::errors::ApiError;
use crate::store::{Collection, IdKey};

pub const DEFAULT_PER_PAGE: usize = 100;

/// One `filter[...]` the request carries.
#[derive(Debug)]
pub struct Filter {
    pub field: &'static QueryField,
    pub values: Vec<String>,
}

/// The listing part of a request's query.
#[derive(Debug, Default)]
pub struct ListQuery {
    pub filters: Vec<Filter>,
    pub includes: Vec<String>,
    pub cursor: Option<String>,
    pub page: Option<usize>,
    pub per_page: usize,
}

/// Reads `filter[k]=v`, `filter[k][0]=v`, `include[0]=a`, `cursor`, `page`, `per_page`.
pub fn parse(op: &'static Operation, pairs: &[(String, String)]) -> Result<ListQuery, ApiError> {
    let mut query = ListQuery {
        per_page: DEFAULT_PER_PAGE,
        ..ListQuery::default()
    };
    let mut filter_values: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (name, value) in pairs {
        if let Some(rest) = name.strip_prefix("filter[") {
            let key = rest.split(']').next().unwrap_or("");
            let Some(field) = op.filters.iter().find(|f| f.name == key) else {
                continue;
            };
            if !field.enum_values.is_empty() && !field.enum_values.contains(&value.as_str()) {
                return Err(ApiError::invalid(
                    &format!("filter.{key}"),
                    &format!("The selected filter.{key} is invalid."),
                ));
            }
            filter_values
                .entry(field.name)
                .or_default()
                .push(value.clone());
        } else if name == "include" || name.starts_with("include[") {
            query.includes.extend(
                value
                    .split(',')
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned),
            );
        } else if name == "cursor" {
            query.cursor = Some(value.clone());
        } else if name == "page" {
            let page = value.parse::<usize>().ok().filter(|p| *p >= 1);
            query.page = Some(
                page.ok_or_else(|| ApiError::invalid("page", "The page must be at least 1."))?,
            );
        } else if name == "per_page" {
            query.per_page = value
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=100).contains(n))
                .ok_or_else(|| {
                    ApiError::invalid("per_page", "The per page must be between 1 and 100.")
                })?;
        }
    }
    for field in op.filters {
        if let Some(values) = filter_values.remove(field.name) {
            query.filters.push(Filter { field, values });
        }
    }
    Ok(query)
}

/// Record fields a filter may refer to, most likely first.
fn candidate_fields(name: &str) -> Vec<String> {
    let mut out = vec![name.to_owned()];
    if let Some(stem) = name.strip_suffix("Ids") {
        out.push(format!("{stem}Id"));
        out.push(format!("{stem}Ids"));
    } else if let Some(stem) = name.strip_suffix('s') {
        out.push(stem.to_owned());
    }
    if name.ends_with("Id") {
        out.push(format!("{name}s"));
    }
    out
}

/// The date field a `…After`/`…Before` filter bounds, e.g. `lastUpdatedAfter` → `lastUpdatedAt`.
fn date_fields(stem: &str) -> Vec<String> {
    let stem = match stem {
        "ended" => "stopped",
        other => other,
    };
    vec![format!("{stem}At"), stem.to_owned(), format!("{stem}Date")]
}

fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Whether `value` is one of `values`, compared as the query writes them.
fn is_one_of(value: &Value, values: &[String]) -> bool {
    match value {
        Value::String(text) => values.iter().any(|v| v == text),
        other => as_text(other).is_some_and(|text| values.contains(&text)),
    }
}

/// `2026-03-01T08:15:00Z`: whole seconds in UTC, the shape the demo writes
/// every timestamp in. Two such texts compare as their instants do.
fn is_plain_utc(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 20
        && bytes.iter().enumerate().all(|(at, byte)| match at {
            4 | 7 => *byte == b'-',
            10 => *byte == b'T',
            13 | 16 => *byte == b':',
            19 => *byte == b'Z',
            _ => byte.is_ascii_digit(),
        })
}

/// A filter made ready to test many records: the record fields it may read
/// and its date bound are worked out once per request, not once per record
/// (a listing of 60,000 sessions tests every one of them on every page).
pub struct Test<'q> {
    fields: Vec<String>,
    kind: TestKind<'q>,
}

enum TestKind<'q> {
    /// A date bound the records' field must be on or after (`after`) or on or before.
    Date {
        bound: OffsetDateTime,
        /// The bound as a plain UTC text, for comparing texts of that shape.
        bound_text: Option<String>,
        after: bool,
    },
    /// A date filter whose value is no date: it lets every record through.
    Unreadable,
    Values(&'q [String]),
}

impl Filter {
    pub fn test(&self) -> Test<'_> {
        let name = self.field.name;
        for (suffix, after) in [("After", true), ("Before", false)] {
            if let Some(stem) = name.strip_suffix(suffix) {
                let kind = match self.values.first().and_then(|v| clock::parse(v)) {
                    Some(bound) => TestKind::Date {
                        bound,
                        bound_text: (bound.nanosecond() == 0)
                            .then(|| clock::format_datetime(bound)),
                        after,
                    },
                    None => TestKind::Unreadable,
                };
                return Test {
                    fields: date_fields(stem),
                    kind,
                };
            }
        }
        Test {
            fields: candidate_fields(name),
            kind: TestKind::Values(&self.values),
        }
    }
}

impl Test<'_> {
    /// Whether the record whose fields `field` reads passes. A filter on a
    /// field the records do not carry lets every record through: the demo
    /// cannot know what it would mean.
    pub fn passes<'a>(&self, field: impl Fn(&str) -> Option<&'a Value>) -> bool {
        let Some(found) = self.fields.iter().find_map(|name| field(name)) else {
            return true;
        };
        match &self.kind {
            TestKind::Unreadable => true,
            TestKind::Date {
                bound,
                bound_text,
                after,
            } => {
                let Some(text) = found.as_str() else {
                    return false;
                };
                let order = match bound_text {
                    Some(bound_text) if is_plain_utc(text) => text.cmp(bound_text.as_str()),
                    _ => match clock::parse(text) {
                        Some(at) => at.cmp(bound),
                        None => return false,
                    },
                };
                if *after {
                    order.is_ge()
                } else {
                    order.is_le()
                }
            }
            TestKind::Values(values) => match found {
                Value::Array(items) => items.iter().any(|item| is_one_of(item, values)),
                other => is_one_of(other, values),
            },
        }
    }
}

/// Removes the fields the operation only sends when asked to include them.
pub fn strip_includes(op: &Operation, includes: &[String], record: &mut Value) {
    if let Value::Object(map) = record {
        for name in op.includes {
            if !includes.iter().any(|i| i == name) {
                map.remove(*name);
            }
        }
    }
}

fn encode_cursor(direction: &str, key: &IdKey) -> String {
    let text = match key {
        IdKey::Number(n) => format!("{direction}:n:{n}"),
        IdKey::Text(s) => format!("{direction}:s:{s}"),
    };
    URL_SAFE_NO_PAD.encode(text)
}

fn decode_cursor(cursor: &str) -> Result<Option<(bool, IdKey)>, ApiError> {
    if cursor.is_empty() {
        return Ok(None);
    }
    let bad = || ApiError::invalid("cursor", "The cursor is invalid.");
    let text =
        String::from_utf8(URL_SAFE_NO_PAD.decode(cursor).map_err(|_| bad())?).map_err(|_| bad())?;
    let mut parts = text.splitn(3, ':');
    let (direction, kind, value) = (parts.next(), parts.next(), parts.next());
    let key = match (kind, value) {
        (Some("n"), Some(v)) => IdKey::Number(v.parse().map_err(|_| bad())?),
        (Some("s"), Some(v)) => IdKey::Text(v.to_owned()),
        _ => return Err(bad()),
    };
    match direction {
        Some("after") => Ok(Some((true, key))),
        Some("before") => Ok(Some((false, key))),
        _ => Err(bad()),
    }
}

/// Where the listing was asked for, to build `links`.
pub struct Origin {
    /// `http://host/path`, without the query.
    pub base: String,
    /// The request's query pairs, to keep filters in the links.
    pub pairs: Vec<(String, String)>,
}

impl Origin {
    fn with(&self, name: &str, value: &str) -> String {
        let mut serializer = url::form_urlencoded::Serializer::new(String::new());
        for (key, existing) in &self.pairs {
            if key != "cursor" && key != "page" {
                serializer.append_pair(key, existing);
            }
        }
        serializer.append_pair(name, value);
        format!("{}?{}", self.base, serializer.finish())
    }
}

/// One page of a listing and the envelope around it, as `op` declares.
pub fn page(
    op: &Operation,
    collection: &Collection,
    query: &ListQuery,
    origin: &Origin,
    envelope_has_meta: bool,
) -> Result<Value, ApiError> {
    let tests: Vec<Test> = query.filters.iter().map(Filter::test).collect();
    let passes = |(key, record): &(&IdKey, &Value)| {
        tests
            .iter()
            .all(|test| test.passes(|name| collection.field(key, record, name)))
    };
    let show = |(key, record): (&IdKey, &Value)| collection.full(key, record);
    let records = &collection.records;
    let per_page = query.per_page;
    if !envelope_has_meta {
        let data: Vec<Value> = records
            .iter()
            .filter(passes)
            .take(per_page)
            .map(show)
            .collect();
        return Ok(json!({ "data": data }));
    }
    let use_cursor = op.pagination == Pagination::Cursor && query.page.is_none();
    if use_cursor {
        let position = decode_cursor(query.cursor.as_deref().unwrap_or(""))?;
        let chosen: Vec<(&IdKey, &Value)> = match &position {
            None => records.iter().filter(passes).take(per_page).collect(),
            Some((true, key)) => records
                .range((Bound::Excluded(key), Bound::Unbounded))
                .filter(passes)
                .take(per_page)
                .collect(),
            Some((false, key)) => {
                let mut before: Vec<_> = records
                    .range(..key)
                    .rev()
                    .filter(passes)
                    .take(per_page)
                    .collect();
                before.reverse();
                before
            }
        };
        let next = chosen.last().and_then(|(last, _)| {
            records
                .range((Bound::Excluded(*last), Bound::Unbounded))
                .any(|entry| passes(&entry))
                .then(|| encode_cursor("after", last))
        });
        let prev = chosen.first().and_then(|(first, _)| {
            (position.is_some() && records.range(..*first).any(|entry| passes(&entry)))
                .then(|| encode_cursor("before", first))
        });
        let data: Vec<Value> = chosen.into_iter().map(show).collect();
        return Ok(json!({
            "data": data,
            "links": {
                "first": null,
                "last": null,
                "prev": prev.as_ref().map(|c| origin.with("cursor", c)),
                "next": next.as_ref().map(|c| origin.with("cursor", c)),
            },
            "meta": {
                "path": origin.base,
                "per_page": per_page,
                "next_cursor": next,
                "prev_cursor": prev,
            },
        }));
    }
    let matching: Vec<(&IdKey, &Value)> = records.iter().filter(passes).collect();
    let total = matching.len();
    let last_page = total.div_ceil(per_page).max(1);
    let current = query.page.unwrap_or(1);
    let start = (current - 1) * per_page;
    let data: Vec<Value> = matching
        .into_iter()
        .skip(start)
        .take(per_page)
        .map(show)
        .collect();
    let from = (!data.is_empty()).then_some(start + 1);
    let to = from.map(|f| f + data.len() - 1);
    let page_url = |n: usize| origin.with("page", &n.to_string());
    let prev = (current > 1 && current <= last_page + 1).then(|| page_url(current - 1));
    let next = (current < last_page).then(|| page_url(current + 1));
    let meta_links = json!([
        { "url": prev, "label": "&laquo; Previous", "active": false },
        { "url": page_url(current), "label": current.to_string(), "active": true },
        { "url": next, "label": "Next &raquo;", "active": false },
    ]);
    Ok(json!({
        "data": data,
        "links": { "first": page_url(1), "last": page_url(last_page), "prev": prev, "next": next },
        "meta": {
            "current_page": current, "from": from, "to": to, "last_page": last_page,
            "links": meta_links, "path": origin.base, "per_page": per_page, "total": total,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Collection;

    /// Whether the record whose fields `field` reads passes `filter`.
    fn matches<'a>(field: impl Fn(&str) -> Option<&'a Value>, filter: &Filter) -> bool {
        filter.test().passes(field)
    }

    fn pairs(query: &[(&str, &str)]) -> Vec<(String, String)> {
        query
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn sessions_listing() -> &'static Operation {
        ampeco::generated::operation("sessionsListing").expect("known operation")
    }

    fn collection(count: u64) -> Collection {
        let mut collection = Collection::default();
        for id in 1..=count {
            let status = if id % 3 == 0 { "active" } else { "finished" };
            let started = format!("2026-01-{:02}T10:00:00Z", id.min(28));
            collection.put(
                json!({"id": id, "status": status, "startedAt": started, "userGroupIds": [id % 4]}),
            );
        }
        collection
    }

    fn origin() -> Origin {
        Origin {
            base: "http://127.0.0.1/x".to_owned(),
            pairs: Vec::new(),
        }
    }

    #[test]
    fn parses_the_clients_encoding() {
        let query = parse(
            sessions_listing(),
            &pairs(&[
                ("filter[status]", "active"),
                ("include[0]", "externalAppData"),
                ("cursor", ""),
                ("per_page", "5"),
            ]),
        )
        .expect("valid");
        assert_eq!(query.filters[0].values, vec!["active"]);
        assert_eq!(query.includes, vec!["externalAppData"]);
        assert_eq!(query.cursor.as_deref(), Some(""));
        assert_eq!(query.per_page, 5);
    }

    #[test]
    fn rejects_out_of_range_per_page_and_unknown_enum_values() {
        for bad in [
            ("per_page", "0"),
            ("per_page", "101"),
            ("filter[status]", "sleeping"),
        ] {
            let error = parse(sessions_listing(), &pairs(&[bad])).expect_err("invalid");
            assert_eq!(error.status.as_u16(), 422);
            assert!(error.body["errors"].is_object());
        }
    }

    #[test]
    fn cursor_pages_forward_and_back_without_gaps() {
        let records = collection(25);
        let mut query = parse(
            sessions_listing(),
            &pairs(&[("per_page", "10"), ("cursor", "")]),
        )
        .expect("valid");
        let mut seen = Vec::new();
        let mut cursors = Vec::new();
        loop {
            let answer = page(sessions_listing(), &records, &query, &origin(), true).expect("page");
            seen.extend(
                answer["data"]
                    .as_array()
                    .expect("data")
                    .iter()
                    .map(|r| r["id"].as_u64().expect("id")),
            );
            match answer["meta"]["next_cursor"].as_str() {
                Some(next) => {
                    cursors.push(answer["meta"]["prev_cursor"].clone());
                    query.cursor = Some(next.to_owned());
                }
                None => {
                    let back = answer["meta"]["prev_cursor"].as_str().expect("a way back");
                    query.cursor = Some(back.to_owned());
                    let previous =
                        page(sessions_listing(), &records, &query, &origin(), true).expect("page");
                    let ids: Vec<u64> = previous["data"]
                        .as_array()
                        .expect("data")
                        .iter()
                        .map(|r| r["id"].as_u64().expect("id"))
                        .collect();
                    assert_eq!(ids, (11..=20).collect::<Vec<_>>());
                    break;
                }
            }
        }
        assert_eq!(seen, (1..=25).collect::<Vec<_>>());
        assert!(cursors[0].is_null(), "the first page has no previous one");
    }

    #[test]
    fn page_numbers_report_totals() {
        let records = collection(25);
        let query = parse(
            sessions_listing(),
            &pairs(&[("per_page", "10"), ("page", "3")]),
        )
        .expect("valid");
        let answer = page(sessions_listing(), &records, &query, &origin(), true).expect("page");
        assert_eq!(answer["meta"]["total"], 25);
        assert_eq!(answer["meta"]["last_page"], 3);
        assert_eq!(answer["meta"]["from"], 21);
        assert_eq!(answer["data"].as_array().expect("data").len(), 5);
        assert!(answer["links"]["next"].is_null());
    }

    #[test]
    fn filters_match_enums_date_ranges_and_arrays() {
        let records = collection(12);
        let query = parse(
            sessions_listing(),
            &pairs(&[
                ("filter[status]", "active"),
                ("filter[startedAfter]", "2026-01-06T00:00:00Z"),
                ("cursor", ""),
            ]),
        )
        .expect("valid");
        let answer = page(sessions_listing(), &records, &query, &origin(), true).expect("page");
        let ids: Vec<u64> = answer["data"]
            .as_array()
            .expect("data")
            .iter()
            .map(|r| r["id"].as_u64().expect("id"))
            .collect();
        assert_eq!(ids, vec![6, 9, 12]);

        let field = QueryField {
            name: "userGroupIds",
            value_type: ampeco::operation::ValueType::Integer,
            format: None,
            enum_values: &[],
            is_array: true,
            required: false,
        };
        let leaked: &'static QueryField = Box::leak(Box::new(field));
        let filter = Filter {
            field: leaked,
            values: vec!["2".to_owned(), "3".to_owned()],
        };
        let record = json!({"userGroupIds": [3]});
        assert!(matches(|name| record.get(name), &filter));
        let other = json!({"userGroupIds": [1]});
        assert!(!matches(|name| other.get(name), &filter));
    }

    #[test]
    fn date_bounds_compare_instants_whatever_the_texts_shape() {
        let after = sessions_listing()
            .filters
            .iter()
            .find(|f| f.name == "startedAfter")
            .expect("startedAfter");
        let filter = |bound: &str| Filter {
            field: after,
            values: vec![bound.to_owned()],
        };
        let record = |at: &str| json!({ "startedAt": at });
        let cases = [
            ("2026-01-06T00:00:00Z", "2026-01-06T00:00:00Z", true),
            ("2026-01-06T00:00:00Z", "2026-01-05T23:59:59Z", false),
            ("2026-01-06T02:00:00+02:00", "2026-01-06T00:00:00Z", true),
            ("2026-01-06T00:00:00Z", "2026-01-06T01:30:00+02:00", false),
            ("2026-01-06T00:00:00.500Z", "2026-01-06T00:00:00Z", false),
            ("2026-01-06", "2026-01-06T00:00:01Z", true),
        ];
        for (bound, at, passes) in cases {
            let record = record(at);
            assert_eq!(
                matches(|name| record.get(name), &filter(bound)),
                passes,
                "{at} after {bound}"
            );
        }
        let unreadable = json!({ "startedAt": "soon" });
        assert!(!matches(
            |name| unreadable.get(name),
            &filter("2026-01-06T00:00:00Z")
        ));
        assert!(matches(|name| unreadable.get(name), &filter("whenever")));
    }
}
