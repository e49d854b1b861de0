//! The one error type of the client.
//!
//! Every failure an operator can meet ends up as one of these variants, with a
//! message in plain words: what happened and what to do about it. The enum is
//! serialised as a tagged union (`{"kind": "notFound", "message": ...}`) so the
//! desktop app can hand it to the window unchanged.
//!
//! Nothing here ever holds the API token: messages are built from the tenant's
//! answers and from our own checks, never from request headers.

use std::collections::BTreeMap;

use serde::Serialize;

/// The longest raw body kept in [`Error::Protocol`]; enough to diagnose, small
/// enough never to flood a log or the window with a multi-megabyte HTML page.
pub const RAW_BODY_LIMIT: usize = 4096;

/// Why an API call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Error {
    /// 401: the token is missing, wrong, expired or revoked.
    #[error("The tenant did not accept the API token ({message}). Check that the token is right and still active, then connect again.")]
    Unauthorized { message: String },

    /// 403: the token is valid but lacks the permission.
    #[error("The API token is not allowed to do this ({message}). Ask an administrator of the tenant to grant the permission.")]
    Forbidden { message: String },

    /// 404: the record or endpoint does not exist on this tenant.
    #[error("Not found ({message}). The record may have been deleted, or this tenant does not offer this endpoint.")]
    NotFound { message: String },

    /// 422 from the tenant, or our own check of the body before sending.
    /// `errors` maps a field (`name`, `address.city`) to its messages, the
    /// shape of the API's own 422 answer.
    #[error("{}", describe_validation(message, errors))]
    Validation {
        message: String,
        errors: BTreeMap<String, Vec<String>>,
    },

    /// 429: too many requests; `retry_after_secs` is the pause the tenant asked for.
    #[error("{}", describe_rate_limit(message, *retry_after_secs))]
    RateLimited {
        #[cfg_attr(feature = "specta", specta(type = Option<u32>))]
        retry_after_secs: Option<u64>,
        message: String,
    },

    /// 5xx: the tenant failed to handle the request.
    #[error("The tenant had a problem handling the request (HTTP {status}: {message}). Try again in a moment; if it keeps happening, contact AMPECO support.")]
    Server { status: u16, message: String },

    /// The tenant could not be reached, or the connection broke.
    #[error("Could not reach the tenant ({message}). Check the network connection and the tenant address.")]
    Network { message: String },

    /// No complete answer arrived in time.
    #[error("The tenant did not answer in time. Check the network connection and try again; a change you sent may or may not have been applied, so look before repeating it.")]
    Timeout,

    /// Waiting for one of the tenant's connection slots took too long (other
    /// work, such as an export, kept them all busy); nothing was sent.
    #[error("Plugdesk waited {waited_secs} s for a free connection to the tenant (other work, such as an export, is using them all), so nothing was sent. Try again when that work is done, or cancel it.")]
    Busy {
        #[cfg_attr(feature = "specta", specta(type = u32))]
        waited_secs: u64,
    },

    /// The answer is larger than the client's cap: far above any real page.
    #[error("The tenant's answer is larger than {limit_mib} MiB, far more than any real page, so Plugdesk stopped reading it. Ask for fewer records per page or narrow the filters; if it keeps happening, contact AMPECO support.")]
    ResponseTooLarge {
        #[cfg_attr(feature = "specta", specta(type = u32))]
        limit_mib: u64,
    },

    /// The caller gave up on the request (the screen that asked was closed).
    #[error("The request was cancelled.")]
    Cancelled,

    /// A change was attempted through a profile marked read-only.
    #[error("This profile is read-only, so nothing was sent. Use a profile that allows changes to do this.")]
    ReadOnlyProfile,

    /// The request could not be built or was refused as malformed.
    #[error("The request is not valid: {message}")]
    InvalidRequest { message: String },

    /// A tenant address that would send the token in the clear.
    #[error("The tenant address {url} does not use HTTPS. Use an https:// address; plain http:// is allowed only for this computer (localhost).")]
    InsecureUrl { url: String },

    /// The tenant answered something we cannot read (not JSON, a redirect, ...).
    #[error("The tenant gave an unexpected answer (HTTP {status}: {message}).")]
    Protocol {
        status: u16,
        message: String,
        /// The start of the body as received, at most [`RAW_BODY_LIMIT`] bytes.
        raw_body: String,
    },
}

impl Error {
    /// The HTTP status the tenant answered with, for errors that are an answer: the inverse
    /// of how `client::status_error` reads a status (a test there holds the two together).
    /// `None` for failures before or without an answer (network, timeout, a refused request).
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Unauthorized { .. } => Some(401),
            Error::Forbidden { .. } => Some(403),
            Error::NotFound { .. } => Some(404),
            Error::Validation { .. } => Some(422),
            Error::RateLimited { .. } => Some(429),
            Error::Server { status, .. } | Error::Protocol { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// A [`Error::Protocol`] keeping at most [`RAW_BODY_LIMIT`] bytes of the body.
    pub fn protocol(status: u16, message: impl Into<String>, raw_body: &[u8]) -> Self {
        Error::Protocol {
            status,
            message: message.into(),
            raw_body: truncate_raw_body(raw_body),
        }
    }

    /// A [`Error::Validation`] for one field, as produced by our own checks.
    pub fn invalid_field(field: impl Into<String>, message: impl Into<String>) -> Self {
        let message = message.into();
        Error::Validation {
            message: message.clone(),
            errors: BTreeMap::from([(field.into(), vec![message])]),
        }
    }

    pub(crate) fn invalid_request(message: impl Into<String>) -> Self {
        Error::InvalidRequest {
            message: message.into(),
        }
    }
}

fn truncate_raw_body(raw_body: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw_body);
    if text.len() <= RAW_BODY_LIMIT {
        return text.into_owned();
    }
    let mut end = RAW_BODY_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

fn describe_validation(message: &str, errors: &BTreeMap<String, Vec<String>>) -> String {
    let mut text = if message.is_empty() {
        "Some values are not valid.".to_owned()
    } else {
        format!("Some values are not valid: {message}")
    };
    for (field, messages) in errors {
        text.push_str(&format!("\n  {field}: {}", messages.join("; ")));
    }
    text
}

fn describe_rate_limit(message: &str, retry_after_secs: Option<u64>) -> String {
    let wait = match retry_after_secs {
        Some(secs) => format!("wait {secs} s and try again"),
        None => "wait a moment and try again".to_owned(),
    };
    format!("The tenant is receiving too many requests ({message}); {wait}.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn serialises_as_a_tagged_union_with_camel_case_fields() {
        let cases = [
            (
                Error::Unauthorized {
                    message: "Unauthenticated.".into(),
                },
                json!({"kind": "unauthorized", "message": "Unauthenticated."}),
            ),
            (
                Error::Validation {
                    message: "The name field is required.".into(),
                    errors: BTreeMap::from([(
                        "name".to_owned(),
                        vec!["The name field is required.".to_owned()],
                    )]),
                },
                json!({
                    "kind": "validation",
                    "message": "The name field is required.",
                    "errors": {"name": ["The name field is required."]}
                }),
            ),
            (
                Error::RateLimited {
                    retry_after_secs: Some(3),
                    message: "Too Many Attempts.".into(),
                },
                json!({"kind": "rateLimited", "retryAfterSecs": 3, "message": "Too Many Attempts."}),
            ),
            (
                Error::Server {
                    status: 503,
                    message: "down".into(),
                },
                json!({"kind": "server", "status": 503, "message": "down"}),
            ),
            (Error::Timeout, json!({"kind": "timeout"})),
            (Error::Cancelled, json!({"kind": "cancelled"})),
            (Error::ReadOnlyProfile, json!({"kind": "readOnlyProfile"})),
            (
                Error::InsecureUrl {
                    url: "http://tenant.example/".into(),
                },
                json!({"kind": "insecureUrl", "url": "http://tenant.example/"}),
            ),
            (
                Error::protocol(200, "not JSON", b"<html>"),
                json!({"kind": "protocol", "status": 200, "message": "not JSON", "rawBody": "<html>"}),
            ),
        ];
        for (error, expected) in cases {
            assert_eq!(serde_json::to_value(&error).unwrap(), expected, "{error:?}");
        }
    }

    #[test]
    fn protocol_error_keeps_only_the_start_of_a_huge_body() {
        let body = "é".repeat(RAW_BODY_LIMIT);
        let Error::Protocol { raw_body, .. } =
            Error::protocol(502, "gateway page", body.as_bytes())
        else {
            unreachable!()
        };
        assert!(raw_body.len() <= RAW_BODY_LIMIT + '…'.len_utf8());
        assert!(raw_body.ends_with('…'));
    }

    #[test]
    fn messages_say_what_to_do() {
        let validation = Error::Validation {
            message: "Invalid data.".into(),
            errors: BTreeMap::from([
                ("address.city".to_owned(), vec!["is required".to_owned()]),
                (
                    "name".to_owned(),
                    vec!["too long".to_owned(), "bad".to_owned()],
                ),
            ]),
        };
        assert_eq!(
            validation.to_string(),
            "Some values are not valid: Invalid data.\n  address.city: is required\n  name: too long; bad"
        );
        let limited = Error::RateLimited {
            retry_after_secs: Some(7),
            message: "Too Many Attempts.".into(),
        };
        assert!(limited.to_string().contains("wait 7 s"));
        assert!(Error::ReadOnlyProfile
            .to_string()
            .contains("nothing was sent"));
    }
}
