//! Which of the UI's kinds (list, read, create, update, delete, action, other)
//! an operation is, derived from its method, path and success body.
//!
//! The rule, in order:
//! 1. a path under `/actions/` is an **action**, whatever its method;
//! 2. GET whose path ends in a `{param}` is a **read**; any other GET is a
//!    **list** when its success body is an array or an object with a `data`
//!    array, else a **read** (a singleton such as settings or a status);
//! 3. POST on a collection (path not ending in `{param}`) under `/resources/`
//!    or `/notifications/` is a **create** (a notification subscription is a
//!    record like any other);
//! 4. PATCH and PUT are **updates**, DELETE is a **delete**;
//! 5. everything else (a POST onto one record) is **other**.

use serde_json::Value;

use crate::spec::{HttpMethod, SpecOperation};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    List,
    Read,
    Create,
    Update,
    Delete,
    Action,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::List,
        Kind::Read,
        Kind::Create,
        Kind::Update,
        Kind::Delete,
        Kind::Action,
        Kind::Other,
    ];

    /// The variant name of `ampeco::operation::OperationKind`.
    pub fn rust_variant(self) -> &'static str {
        match self {
            Kind::List => "List",
            Kind::Read => "Read",
            Kind::Create => "Create",
            Kind::Update => "Update",
            Kind::Delete => "Delete",
            Kind::Action => "Action",
            Kind::Other => "Other",
        }
    }

    /// As serialised by `OperationKind` (camelCase).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::List => "list",
            Kind::Read => "read",
            Kind::Create => "create",
            Kind::Update => "update",
            Kind::Delete => "delete",
            Kind::Action => "action",
            Kind::Other => "other",
        }
    }
}

pub fn kind_of(op: &SpecOperation) -> Kind {
    let ends_in_param = op.path.trim_end_matches('/').ends_with('}');
    if op.path.contains("/actions/") {
        return Kind::Action;
    }
    match op.method {
        HttpMethod::Get if ends_in_param => Kind::Read,
        HttpMethod::Get => {
            let returns_many = op
                .responses
                .iter()
                .filter_map(|r| r.schema.as_ref())
                .any(is_collection);
            if returns_many {
                Kind::List
            } else {
                Kind::Read
            }
        }
        HttpMethod::Post
            if !ends_in_param
                && (op.path.contains("/resources/") || op.path.contains("/notifications/")) =>
        {
            Kind::Create
        }
        HttpMethod::Patch | HttpMethod::Put => Kind::Update,
        HttpMethod::Delete => Kind::Delete,
        HttpMethod::Post => Kind::Other,
    }
}

/// An array, or the `{data: [...]}` envelope of listings.
pub fn is_collection(schema: &Value) -> bool {
    if schema.get("type").and_then(Value::as_str) == Some("array") {
        return true;
    }
    schema
        .pointer("/properties/data/type")
        .and_then(Value::as_str)
        == Some("array")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::SpecResponse;
    use serde_json::json;

    fn op(method: HttpMethod, path: &str, body: Option<Value>) -> SpecOperation {
        SpecOperation {
            id: "x".into(),
            summary: String::new(),
            method,
            path: path.into(),
            path_params: vec![],
            query_params: vec![],
            body: None,
            body_required: false,
            responses: vec![SpecResponse {
                status: 200,
                schema: body,
            }],
            deprecated: false,
        }
    }

    const CP: &str = "/public-api/resources/charge-points/v2.0";
    const ONE_CP: &str = "/public-api/resources/charge-points/v2.0/{chargePoint}";

    #[test]
    fn actions_win_over_method() {
        let path = "/public-api/actions/users/v2.0/{user}/export-all-private-data";
        assert_eq!(kind_of(&op(HttpMethod::Get, path, None)), Kind::Action);
        let path = "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}";
        assert_eq!(kind_of(&op(HttpMethod::Post, path, None)), Kind::Action);
    }

    #[test]
    fn gets_are_lists_or_reads() {
        let envelope = json!({"type": "object", "properties": {"data": {"type": "array"}}});
        assert_eq!(
            kind_of(&op(HttpMethod::Get, CP, Some(envelope))),
            Kind::List
        );
        let bare = json!({"type": "array", "items": {}});
        assert_eq!(kind_of(&op(HttpMethod::Get, CP, Some(bare))), Kind::List);
        let single = json!({"type": "object", "properties": {"data": {"type": "object"}}});
        assert_eq!(kind_of(&op(HttpMethod::Get, CP, Some(single))), Kind::Read);
        assert_eq!(kind_of(&op(HttpMethod::Get, ONE_CP, None)), Kind::Read);
    }

    #[test]
    fn writes_by_method() {
        assert_eq!(kind_of(&op(HttpMethod::Post, CP, None)), Kind::Create);
        let subscribe = "/public-api/notifications/v2.0";
        assert_eq!(
            kind_of(&op(HttpMethod::Post, subscribe, None)),
            Kind::Create
        );
        assert_eq!(kind_of(&op(HttpMethod::Patch, ONE_CP, None)), Kind::Update);
        assert_eq!(kind_of(&op(HttpMethod::Put, CP, None)), Kind::Update);
        assert_eq!(kind_of(&op(HttpMethod::Delete, ONE_CP, None)), Kind::Delete);
        assert_eq!(kind_of(&op(HttpMethod::Post, ONE_CP, None)), Kind::Other);
    }
}
