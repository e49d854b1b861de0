//! Turning `--path`, `--filter`, `--include`, `--query` and `--body` into a request.

use std::io::Read;

use ampeco::OperationRequest;
use serde_json::{Map, Value};

use crate::args::RequestArgs;
use crate::failure::Failure;

/// The request the arguments describe; `body` is JSON text, `@file` or `@-`.
pub fn build_request(args: &RequestArgs, body: Option<&str>) -> Result<OperationRequest, Failure> {
    let mut request = OperationRequest::default();
    for pair in &args.path {
        let (name, value) = split_pair("--path", pair)?;
        request
            .path
            .insert(name.to_owned(), Value::String(value.to_owned()));
    }
    for pair in &args.filter {
        let (name, value) = split_pair("--filter", pair)?;
        add_filter(&mut request.query.filter, name, value);
    }
    request.query.include = args.include.clone();
    for pair in &args.query {
        let (name, value) = split_pair("--query", pair)?;
        match name {
            "cursor" => request.query.cursor = Some(value.to_owned()),
            "page" => request.query.page = Some(number("page", value)?),
            "per_page" => request.query.per_page = Some(number("per_page", value)?),
            _ => {
                request
                    .query
                    .params
                    .insert(name.to_owned(), Value::String(value.to_owned()));
            }
        }
    }
    request.body = body.map(read_body).transpose()?;
    Ok(request)
}

fn split_pair<'a>(flag: &str, pair: &'a str) -> Result<(&'a str, &'a str), Failure> {
    match pair.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name, value)),
        _ => Err(Failure::Usage(format!(
            "{flag} takes NAME=VALUE, not \"{pair}\""
        ))),
    }
}

/// A repeated name collects into a list; a value written as a JSON array is a list.
fn add_filter(filter: &mut Map<String, Value>, name: &str, value: &str) {
    let value = match serde_json::from_str::<Value>(value) {
        Ok(list @ Value::Array(_)) => list,
        _ => Value::String(value.to_owned()),
    };
    match filter.get_mut(name) {
        None => {
            filter.insert(name.to_owned(), value);
        }
        Some(Value::Array(items)) => match value {
            Value::Array(more) => items.extend(more),
            one => items.push(one),
        },
        Some(existing) => {
            let first = existing.take();
            let mut items = vec![first];
            match value {
                Value::Array(more) => items.extend(more),
                one => items.push(one),
            }
            *existing = Value::Array(items);
        }
    }
}

fn number(name: &str, value: &str) -> Result<u32, Failure> {
    value
        .parse()
        .map_err(|_| Failure::Usage(format!("{name} must be a whole number, not \"{value}\"")))
}

fn read_body(body: &str) -> Result<Value, Failure> {
    let text = match body.strip_prefix('@') {
        Some("-") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            text
        }
        Some(path) => std::fs::read_to_string(path).map_err(|error| {
            Failure::Usage(format!("cannot read the body file {path}: {error}"))
        })?,
        None => body.to_owned(),
    };
    serde_json::from_str(&text)
        .map_err(|error| Failure::Usage(format!("the body is not valid JSON: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn args(path: &[&str], filter: &[&str], include: &[&str], query: &[&str]) -> RequestArgs {
        let owned = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        RequestArgs {
            path: owned(path),
            filter: owned(filter),
            include: owned(include),
            query: owned(query),
        }
    }

    #[test]
    fn flags_become_the_request() {
        let request = build_request(
            &args(
                &["chargePoint=12"],
                &[
                    "status=active",
                    "ids=1",
                    "ids=2",
                    "tags=[\"a\",\"b\"]",
                    "name=a=b",
                ],
                &["evses"],
                &["cursor=", "per_page=50", "withBreakdown=true"],
            ),
            Some(r#"{"type":"Operative"}"#),
        )
        .unwrap();
        assert_eq!(
            serde_json::to_value(&request).unwrap(),
            json!({
                "path": {"chargePoint": "12"},
                "query": {
                    "filter": {"status": "active", "ids": ["1", "2"], "tags": ["a", "b"], "name": "a=b"},
                    "include": ["evses"],
                    "cursor": "",
                    "page": null,
                    "perPage": 50,
                    "params": {"withBreakdown": "true"}
                },
                "body": {"type": "Operative"}
            })
        );
    }

    #[test]
    fn malformed_flags_are_usage_errors() {
        for bad in [
            build_request(&args(&["chargePoint"], &[], &[], &[]), None),
            build_request(&args(&[], &["=x"], &[], &[]), None),
            build_request(&args(&[], &[], &[], &["page=two"]), None),
            build_request(&args(&[], &[], &[], &[]), Some("{not json")),
            build_request(&args(&[], &[], &[], &[]), Some("@/nonexistent/body.json")),
        ] {
            assert!(matches!(bad, Err(Failure::Usage(_))), "{bad:?}");
        }
    }
}
