//! One call's inputs, and the URL they make.

use std::collections::BTreeMap;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

use crate::operation::Operation;
use crate::query::{encode_query, QueryInput};
use crate::Error;

/// Everything but RFC 3986 unreserved characters: an id like `a/b` or `..`
/// must stay one segment and never walk to another endpoint.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The inputs of one call of any operation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default, rename_all = "camelCase")]
pub struct OperationRequest {
    /// Values of the `{name}` segments of the path template: strings or numbers.
    pub path: BTreeMap<String, Value>,
    pub query: QueryInput,
    /// The JSON body, for operations that take one.
    pub body: Option<Value>,
}

impl OperationRequest {
    /// A request with only path parameters, e.g. `[("chargePoint", json!(12))]`.
    pub fn with_path<'a>(params: impl IntoIterator<Item = (&'a str, Value)>) -> Self {
        OperationRequest {
            path: params
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value))
                .collect(),
            ..Self::default()
        }
    }
}

/// The full URL of `op` on the tenant at `base` (already checked by
/// [`crate::base_url::check_base_url`]), path parameters filled and query encoded.
pub fn build_url(base: &Url, op: &Operation, request: &OperationRequest) -> Result<Url, Error> {
    let path = fill_path(op, &request.path)?;
    let mut url = base.clone();
    let prefix = base.path().trim_end_matches('/');
    url.set_path(&format!("{prefix}{path}"));
    url.set_query(encode_query(op, &request.query)?.as_deref());
    Ok(url)
}

/// `op.path` with each `{name}` replaced by its percent-encoded value.
fn fill_path(op: &Operation, values: &BTreeMap<String, Value>) -> Result<String, Error> {
    let mut filled = String::with_capacity(op.path.len() + 16);
    let mut used = 0;
    let mut rest = op.path;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|offset| open + offset)
            .ok_or_else(|| Error::invalid_request(format!("{}: broken path template", op.id)))?;
        let name = &rest[open + 1..close];
        filled.push_str(&rest[..open]);
        filled.push_str(&segment_value(op, name, values.get(name))?);
        used += 1;
        rest = &rest[close + 1..];
    }
    filled.push_str(rest);
    if used < values.len() {
        let extra: Vec<&str> = values
            .keys()
            .map(String::as_str)
            .filter(|name| !op.path.contains(&format!("{{{name}}}")))
            .collect();
        return Err(Error::invalid_request(format!(
            "{} has no path parameter {}",
            op.id,
            extra.join(", ")
        )));
    }
    Ok(filled)
}

fn segment_value(op: &Operation, name: &str, value: Option<&Value>) -> Result<String, Error> {
    let text = match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Number(number)) => number.to_string(),
        Some(other) => {
            return Err(Error::invalid_request(format!(
                "{}: the path parameter {name} must be a string or a number, not {other}",
                op.id
            )))
        }
        None => {
            return Err(Error::invalid_request(format!(
                "{}: the path parameter {name} is missing",
                op.id
            )))
        }
    };
    if text.is_empty() {
        return Err(Error::invalid_request(format!(
            "{}: the path parameter {name} is empty",
            op.id
        )));
    }
    // URL parsers resolve `.` and `..` segments even when escaped, which would
    // point the request at a different endpoint.
    if text == "." || text == ".." {
        return Err(Error::invalid_request(format!(
            "{}: the path parameter {name} cannot be \"{text}\"",
            op.id
        )));
    }
    Ok(utf8_percent_encode(&text, PATH_SEGMENT).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::{PathParam, ValueType};
    use crate::testing::OP;
    use serde_json::json;

    static CONNECTOR: Operation = Operation {
        id: "connectorRead",
        path: "/public-api/resources/charge-points/v2.0/{chargePoint}/evses/{evse}/connectors/{connector}",
        path_params: &[
            PathParam { name: "chargePoint", value_type: ValueType::Integer, enum_values: &[] },
            PathParam { name: "evse", value_type: ValueType::Integer, enum_values: &[] },
            PathParam { name: "connector", value_type: ValueType::String, enum_values: &[] },
        ],
        ..OP
    };

    fn url(base: &str, op: &Operation, request: &OperationRequest) -> Result<String, Error> {
        build_url(&Url::parse(base).unwrap(), op, request).map(String::from)
    }

    #[test]
    fn fills_every_path_parameter() {
        let request = OperationRequest::with_path([
            ("chargePoint", json!(12)),
            ("evse", json!("3")),
            ("connector", json!("A 1")),
        ]);
        assert_eq!(
            url("https://acme.example", &CONNECTOR, &request).unwrap(),
            "https://acme.example/public-api/resources/charge-points/v2.0/12/evses/3/connectors/A%201"
        );
    }

    #[test]
    fn keeps_a_base_path_prefix_and_adds_the_query() {
        let mut request = OperationRequest::default();
        request.query.cursor = Some(String::new());
        assert_eq!(
            url("https://acme.example/tenant/", &OP, &request).unwrap(),
            "https://acme.example/tenant/public-api/resources/things/v1.0?cursor="
        );
    }

    #[test]
    fn values_cannot_escape_their_segment() {
        let request = OperationRequest::with_path([
            ("chargePoint", json!("../../users")),
            ("evse", json!("1?x=1#y")),
            ("connector", json!("%2F")),
        ]);
        assert_eq!(
            url("https://acme.example", &CONNECTOR, &request).unwrap(),
            "https://acme.example/public-api/resources/charge-points/v2.0/..%2F..%2Fusers/evses/1%3Fx%3D1%23y/connectors/%252F"
        );
    }

    #[test]
    fn missing_empty_odd_or_unknown_parameters_are_refused() {
        let cases = [
            (
                vec![("chargePoint", json!(1)), ("evse", json!(2))],
                "connector is missing",
            ),
            (
                vec![
                    ("chargePoint", json!(1)),
                    ("evse", json!(2)),
                    ("connector", json!("")),
                ],
                "connector is empty",
            ),
            (
                vec![
                    ("chargePoint", json!(true)),
                    ("evse", json!(2)),
                    ("connector", json!(3)),
                ],
                "must be a string or a number",
            ),
            (
                vec![
                    ("chargePoint", json!(1)),
                    ("evse", json!(2)),
                    ("connector", json!(3)),
                    ("location", json!(4)),
                ],
                "no path parameter location",
            ),
            (
                vec![
                    ("chargePoint", json!("..")),
                    ("evse", json!(2)),
                    ("connector", json!(3)),
                ],
                "cannot be \"..\"",
            ),
        ];
        for (params, needle) in cases {
            let error = url(
                "https://a.example",
                &CONNECTOR,
                &OperationRequest::with_path(params),
            )
            .unwrap_err();
            assert!(
                matches!(&error, Error::InvalidRequest { message } if message.contains(needle)),
                "{error:?}"
            );
        }
    }
}
