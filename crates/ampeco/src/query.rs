//! The query string of a request.
//!
//! The API takes `filter` and `include` as OpenAPI `deepObject` parameters:
//! `filter[status]=active`, arrays as `filter[ids][0]=1&filter[ids][1]=2`, and
//! `include[0]=evses&include[1]=location`. Booleans are sent as `true`/`false`
//! (the spec types them `boolean`, and the vendor's examples spell them so).
//! Names and values are percent-encoded with everything but RFC 3986 unreserved
//! characters escaped, brackets included: strict servers and proxies accept
//! that form, and PHP-style servers decode it back to the same keys. Names are
//! sent in sorted order, so one request always has one URL.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::operation::Operation;
use crate::Error;

/// Everything except RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`).
const QUERY_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The query part of one call, as the window or the CLI gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default, rename_all = "camelCase")]
pub struct QueryInput {
    /// `filter[key]=value`; a JSON array becomes `filter[key][0]=...`.
    pub filter: Map<String, Value>,
    /// `include[0]=...`; each value must be one the operation offers.
    pub include: Vec<String>,
    /// `Some("")` sends an empty `cursor=`, which starts cursor pagination.
    pub cursor: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
    /// Plain query parameters (`withBreakdown=true`), checked against the operation.
    pub params: Map<String, Value>,
}

/// The `(name, value)` pairs of `input`, unencoded, in the order they are sent:
/// plain parameters, filters, includes, then cursor, page and per_page.
pub fn query_pairs(op: &Operation, input: &QueryInput) -> Result<Vec<(String, String)>, Error> {
    let mut pairs = Vec::new();
    for (name, value) in sorted(&input.params) {
        if !op.query.iter().any(|field| field.name == name) {
            return Err(unknown(
                "query parameter",
                name,
                op,
                op.query.iter().map(|f| f.name),
            ));
        }
        push_value(&mut pairs, name.clone(), value);
    }
    for (key, value) in sorted(&input.filter) {
        if !op.filters.iter().any(|field| field.name == key) {
            return Err(unknown(
                "filter",
                key,
                op,
                op.filters.iter().map(|f| f.name),
            ));
        }
        push_value(&mut pairs, format!("filter[{key}]"), value);
    }
    for (index, include) in input.include.iter().enumerate() {
        if !op.includes.contains(&include.as_str()) {
            return Err(unknown("include", include, op, op.includes.iter().copied()));
        }
        pairs.push((format!("include[{index}]"), include.clone()));
    }
    if let Some(cursor) = &input.cursor {
        pairs.push(("cursor".to_owned(), cursor.clone()));
    }
    if let Some(page) = input.page {
        pairs.push(("page".to_owned(), page.to_string()));
    }
    if let Some(per_page) = input.per_page {
        pairs.push(("per_page".to_owned(), per_page.to_string()));
    }
    Ok(pairs)
}

/// The encoded query string of `input` (without `?`), or `None` when empty.
pub fn encode_query(op: &Operation, input: &QueryInput) -> Result<Option<String>, Error> {
    let pairs = query_pairs(op, input)?;
    if pairs.is_empty() {
        return Ok(None);
    }
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(name, value)| {
            format!(
                "{}={}",
                utf8_percent_encode(name, QUERY_COMPONENT),
                utf8_percent_encode(value, QUERY_COMPONENT)
            )
        })
        .collect();
    Ok(Some(encoded.join("&")))
}

/// Appends `value` under `name`, descending into arrays (`name[0]`) and objects
/// (`name[key]`) the way deepObject parameters nest. `null` sends nothing: an
/// absent filter and a null one mean the same to the API.
fn push_value(pairs: &mut Vec<(String, String)>, name: String, value: &Value) {
    match value {
        Value::Null => {}
        Value::Bool(flag) => pairs.push((name, flag.to_string())),
        Value::Number(number) => pairs.push((name, number.to_string())),
        Value::String(text) => pairs.push((name, text.clone())),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                push_value(pairs, format!("{name}[{index}]"), item);
            }
        }
        Value::Object(fields) => {
            for (key, item) in sorted(fields) {
                push_value(pairs, format!("{name}[{key}]"), item);
            }
        }
    }
}

/// Entries by name, so the query is the same whatever order the map keeps.
fn sorted(map: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

fn unknown<'a>(
    what: &str,
    name: &str,
    op: &Operation,
    accepted: impl Iterator<Item = &'a str>,
) -> Error {
    let accepted: Vec<&str> = accepted.collect();
    let hint = if accepted.is_empty() {
        format!("it takes no {what}s")
    } else {
        format!("it accepts: {}", accepted.join(", "))
    };
    Error::invalid_request(format!(
        "{} does not know the {what} \"{name}\"; {hint}",
        op.id
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::{Pagination, QueryField, ValueType};
    use crate::testing::{field, OP};
    use serde_json::json;

    static FILTERS: [QueryField; 5] = [
        field("status", ValueType::String, false),
        field("ids", ValueType::Integer, true),
        field("roaming", ValueType::Boolean, false),
        field("name", ValueType::String, false),
        field("updatedAfter", ValueType::String, false),
    ];
    static PARAMS: [QueryField; 1] = [field("withBreakdown", ValueType::Boolean, false)];
    static LISTING: Operation = Operation {
        id: "chargePointsListing",
        filters: &FILTERS,
        query: &PARAMS,
        includes: &["evses", "location"],
        pagination: Pagination::Cursor,
        per_page: true,
        ..OP
    };

    fn encoded(input: Value) -> Option<String> {
        let input: QueryInput = serde_json::from_value(input).unwrap();
        encode_query(&LISTING, &input).unwrap()
    }

    #[test]
    fn encodes_filters_arrays_includes_and_paging() {
        let table = [
            (json!({}), None),
            (
                json!({"filter": {"status": "active"}}),
                Some("filter%5Bstatus%5D=active"),
            ),
            (
                json!({"filter": {"ids": [3, 5]}}),
                Some("filter%5Bids%5D%5B0%5D=3&filter%5Bids%5D%5B1%5D=5"),
            ),
            (
                json!({"filter": {"roaming": false}, "params": {"withBreakdown": true}}),
                Some("withBreakdown=true&filter%5Broaming%5D=false"),
            ),
            (
                json!({"include": ["evses", "location"]}),
                Some("include%5B0%5D=evses&include%5B1%5D=location"),
            ),
            (json!({"cursor": ""}), Some("cursor=")),
            (
                json!({"cursor": "eyJpZCI6MTB9", "perPage": 100}),
                Some("cursor=eyJpZCI6MTB9&per_page=100"),
            ),
            (
                json!({"page": 2, "perPage": 25}),
                Some("page=2&per_page=25"),
            ),
            (json!({"filter": {"status": null}}), None),
        ];
        for (input, expected) in table {
            assert_eq!(encoded(input.clone()).as_deref(), expected, "{input}");
        }
    }

    #[test]
    fn escapes_special_characters_in_values() {
        let table = [
            (json!("a b&c=d"), "a%20b%26c%3Dd"),
            (json!("50%+"), "50%25%2B"),
            (json!("Zürich/№1"), "Z%C3%BCrich%2F%E2%84%961"),
            (
                json!("2024-01-01T00:00:00+02:00"),
                "2024-01-01T00%3A00%3A00%2B02%3A00",
            ),
            (json!("[x]#?"), "%5Bx%5D%23%3F"),
            (json!("safe-._~"), "safe-._~"),
        ];
        for (value, expected) in table {
            assert_eq!(
                encoded(json!({"filter": {"name": value}})).unwrap(),
                format!("filter%5Bname%5D={expected}"),
                "{value}"
            );
        }
    }

    #[test]
    fn numbers_keep_their_json_spelling() {
        assert_eq!(
            encoded(json!({"filter": {"ids": [1.5, -2, 10000000000u64]}})).unwrap(),
            "filter%5Bids%5D%5B0%5D=1.5&filter%5Bids%5D%5B1%5D=-2&filter%5Bids%5D%5B2%5D=10000000000"
        );
    }

    #[test]
    fn unknown_names_are_refused_by_name() {
        let cases = [
            (json!({"filter": {"colour": "red"}}), "filter \"colour\""),
            (json!({"include": ["tariffs"]}), "include \"tariffs\""),
            (
                json!({"params": {"sort": "name"}}),
                "query parameter \"sort\"",
            ),
        ];
        for (input, needle) in cases {
            let input: QueryInput = serde_json::from_value(input).unwrap();
            let error = encode_query(&LISTING, &input).unwrap_err();
            let Error::InvalidRequest { message } = &error else {
                panic!("expected InvalidRequest, got {error:?}")
            };
            assert!(message.contains(needle), "{message}");
            assert!(message.contains("chargePointsListing"), "{message}");
        }
    }

    #[test]
    fn operations_without_filters_say_so() {
        let input = QueryInput {
            filter: Map::from_iter([("status".to_owned(), json!("x"))]),
            ..QueryInput::default()
        };
        let error = encode_query(&OP, &input).unwrap_err();
        assert!(error.to_string().contains("it takes no filters"), "{error}");
    }
}
