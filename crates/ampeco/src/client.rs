//! The executor: one method sends any operation of the table.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio_util::sync::CancellationToken;
use url::Url;

use crate::auth::bearer_header;
use crate::base_url::{check_base_url, is_loopback_url};
use crate::limit::{ConcurrencyLimit, DEFAULT_MAX_CONCURRENT_REQUESTS};
use crate::operation::{Method, Operation};
use crate::request::{build_url, OperationRequest};
use crate::retry::{parse_retry_after, AttemptFailure, RetryPolicy};
use crate::validate::RequestSchemas;
use crate::Error;

/// How to reach one tenant. `Debug` never shows the token.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// `https://{tenant host}`; plain HTTP only for this computer.
    pub base_url: Url,
    pub token: SecretString,
    /// Refuse every request but GET, before anything is sent.
    pub read_only: bool,
    pub connect_timeout: Duration,
    /// Limit for one attempt, from sending to the last byte of the answer.
    pub request_timeout: Duration,
    pub max_concurrent_requests: usize,
    /// How long a request waits for one of the `max_concurrent_requests`
    /// slots before it gives up with [`Error::Busy`].
    pub slot_wait: Duration,
    /// The largest answer read, checked against `Content-Length` and while
    /// reading; far above any real page (100 records).
    pub max_response_bytes: u64,
    pub retry: RetryPolicy,
    pub user_agent: String,
}

/// The default cap of one answer.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

impl ClientConfig {
    /// Defaults: writes allowed, 10 s to connect, 60 s per request, 4 requests
    /// in flight, the default retry policy.
    pub fn new(base_url: Url, token: SecretString) -> Self {
        ClientConfig {
            base_url,
            token,
            read_only: false,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            max_concurrent_requests: DEFAULT_MAX_CONCURRENT_REQUESTS,
            slot_wait: Duration::from_secs(60),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            retry: RetryPolicy::default(),
            user_agent: concat!("Plugdesk/", env!("CARGO_PKG_VERSION")).to_owned(),
        }
    }
}

/// The answer to a successful call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ApiResponse {
    pub status: u16,
    /// The JSON body as sent, or `None` when empty (e.g. 202 or 204).
    pub body: Option<Value>,
}

/// A client for one tenant; clones share connections and the concurrency limit.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    /// Request-body schemas; the generated ones unless replaced.
    schemas: Arc<RequestSchemas>,
    /// Page walks: their requests leave a slot free for single calls (see `limit`).
    bulk: bool,
}

struct Inner {
    http: reqwest::Client,
    base_url: Url,
    /// Built once from the token and marked sensitive; the token itself is not kept.
    authorization: HeaderValue,
    read_only: bool,
    retry: RetryPolicy,
    limit: ConcurrencyLimit,
    slot_wait: Duration,
    max_response_bytes: u64,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url.as_str())
            .field("read_only", &self.inner.read_only)
            .field("max_concurrent_requests", &self.inner.limit.max())
            .finish_non_exhaustive()
    }
}

/// A failed attempt: the error to report, and how the retry policy sees it
/// (`None`: never retried, e.g. our own checks or an unreadable success body).
struct Failure {
    error: Error,
    retry_as: Option<AttemptFailure>,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, Error> {
        let base_url = check_base_url(&config.base_url)?;
        let authorization = bearer_header(&config.token)?;
        let mut http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.request_timeout)
            .user_agent(config.user_agent)
            // A redirect would be a misconfigured tenant address; following it
            // could carry the token elsewhere. Report it instead.
            .redirect(reqwest::redirect::Policy::none());
        // A real tenant is reached the way this computer reaches the internet:
        // through the system's proxy settings when there are any (HTTPS_PROXY /
        // NO_PROXY, and the system settings on macOS and Windows). This
        // computer itself (the demo tenant) never goes through a proxy: a proxy
        // could not reach it, and a loopback token must not travel to one.
        if is_loopback_url(&base_url) {
            http = http.no_proxy();
        }
        let http = http.build().map_err(|error| Error::Network {
            message: format!("the HTTP client could not start: {error}"),
        })?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                authorization,
                read_only: config.read_only,
                retry: config.retry,
                limit: ConcurrencyLimit::new(config.max_concurrent_requests),
                slot_wait: config.slot_wait,
                max_response_bytes: config.max_response_bytes,
            }),
            schemas: RequestSchemas::generated(),
            bulk: false,
        })
    }

    /// This client for bulk work (a page walk): the same connections and limit, but its
    /// requests never take the last free slot, which stays for single calls.
    pub(crate) fn for_bulk(&self) -> Client {
        Client {
            bulk: true,
            ..self.clone()
        }
    }

    /// Validates request bodies against `schemas` instead of the generated ones.
    pub fn with_request_schemas(mut self, schemas: Arc<RequestSchemas>) -> Self {
        self.schemas = schemas;
        self
    }

    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// How many requests this tenant's client keeps in flight at once; bulk
    /// work runs no more records at a time than this.
    pub fn max_concurrent_requests(&self) -> usize {
        self.inner.limit.max()
    }

    pub fn is_read_only(&self) -> bool {
        self.inner.read_only
    }

    /// Sends `op` with `request`, retrying as the policy allows. Dropping the
    /// future cancels the call.
    pub async fn execute(
        &self,
        op: &'static Operation,
        request: OperationRequest,
    ) -> Result<ApiResponse, Error> {
        if self.inner.read_only && !op.method.is_read() {
            return Err(Error::ReadOnlyProfile);
        }
        let url = build_url(&self.inner.base_url, op, &request)?;
        let body = self.encode_body(op, request.body.as_ref())?;
        let mut attempts = 0;
        let mut waited = Duration::ZERO;
        let started = Instant::now();
        loop {
            attempts += 1;
            let failure = match self.attempt(op.method, &url, body.clone()).await {
                Ok(response) => return Ok(response),
                Err(failure) => failure,
            };
            let delay = failure.retry_as.and_then(|seen| {
                self.inner
                    .retry
                    .next_delay(op.method, seen, attempts, waited)
            });
            let Some(delay) = delay else {
                return Err(failure.error);
            };
            if started.elapsed() + delay > self.inner.retry.deadline {
                return Err(failure.error);
            }
            tokio::time::sleep(delay).await;
            waited += delay;
        }
    }

    /// Like [`Client::execute`], ending with [`Error::Cancelled`] as soon as
    /// `cancel` fires.
    pub async fn execute_cancellable(
        &self,
        op: &'static Operation,
        request: OperationRequest,
        cancel: &CancellationToken,
    ) -> Result<ApiResponse, Error> {
        tokio::select! {
            biased;
            () = cancel.cancelled() => Err(Error::Cancelled),
            result = self.execute(op, request) => result,
        }
    }

    /// The body as bytes, after checking it against the operation's schema.
    fn encode_body(&self, op: &Operation, body: Option<&Value>) -> Result<Option<Vec<u8>>, Error> {
        let Some(body) = body else {
            if op.body_required {
                return Err(Error::invalid_request(format!(
                    "{} needs a request body",
                    op.id
                )));
            }
            return Ok(None);
        };
        let Some(schema_id) = op.body_schema else {
            return Err(Error::invalid_request(format!(
                "{} takes no request body",
                op.id
            )));
        };
        self.schemas.validate(schema_id, body)?;
        serde_json::to_vec(body)
            .map(Some)
            .map_err(|error| Error::invalid_request(format!("the body cannot be encoded: {error}")))
    }

    /// One attempt, holding a concurrency permit from sending to the last byte.
    async fn attempt(
        &self,
        method: Method,
        url: &Url,
        body: Option<Vec<u8>>,
    ) -> Result<ApiResponse, Failure> {
        let _permit =
            tokio::time::timeout(self.inner.slot_wait, self.inner.limit.acquire(self.bulk))
                .await
                .map_err(|_| Failure {
                    error: Error::Busy {
                        waited_secs: self.inner.slot_wait.as_secs(),
                    },
                    retry_as: None,
                })?;
        let mut builder = self
            .inner
            .http
            .request(http_method(method), url.clone())
            .header(AUTHORIZATION, self.inner.authorization.clone())
            .header(ACCEPT, "application/json");
        if let Some(body) = body {
            builder = builder.header(CONTENT_TYPE, "application/json").body(body);
        }
        let response = builder.send().await.map_err(transport_failure)?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| parse_retry_after(value, SystemTime::now()));
        let bytes = read_capped(response, self.inner.max_response_bytes).await?;
        interpret(status, retry_after, &bytes)
    }
}

/// The whole body, or [`Error::ResponseTooLarge`] as soon as it is known to
/// pass `cap`: from `Content-Length` before reading, else while reading.
async fn read_capped(mut response: reqwest::Response, cap: u64) -> Result<Vec<u8>, Failure> {
    let too_large = || Failure {
        error: Error::ResponseTooLarge {
            limit_mib: cap.div_ceil(1024 * 1024),
        },
        retry_as: None,
    };
    if response.content_length().is_some_and(|length| length > cap) {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(transport_failure)? {
        if (bytes.len() + chunk.len()) as u64 > cap {
            return Err(too_large());
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

fn http_method(method: Method) -> reqwest::Method {
    match method {
        Method::Get => reqwest::Method::GET,
        Method::Post => reqwest::Method::POST,
        Method::Put => reqwest::Method::PUT,
        Method::Patch => reqwest::Method::PATCH,
        Method::Delete => reqwest::Method::DELETE,
    }
}

fn transport_failure(error: reqwest::Error) -> Failure {
    if error.is_timeout() {
        return Failure {
            error: Error::Timeout,
            retry_as: Some(AttemptFailure::Timeout),
        };
    }
    // The deepest cause ("Connection refused", "failed to lookup address",
    // "invalid peer certificate") is the part an operator can act on; the
    // layers above it only name the HTTP stack's internals.
    let error = error.without_url();
    let mut deepest: &dyn std::error::Error = &error;
    while let Some(cause) = deepest.source() {
        deepest = cause;
    }
    let message = deepest.to_string();
    Failure {
        error: Error::Network { message },
        retry_as: Some(AttemptFailure::Network),
    }
}

/// Turns a complete answer into the response or the error it stands for.
fn interpret(
    status: u16,
    retry_after: Option<Duration>,
    bytes: &[u8],
) -> Result<ApiResponse, Failure> {
    if (200..300).contains(&status) {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(ApiResponse { status, body: None });
        }
        return match serde_json::from_slice(bytes) {
            Ok(mut body) => {
                crate::big_numbers::keep_big_integers_exact(&mut body);
                Ok(ApiResponse {
                    status,
                    body: Some(body),
                })
            }
            Err(_) => Err(Failure {
                error: Error::protocol(status, "the answer is not JSON", bytes),
                retry_as: None,
            }),
        };
    }
    Err(Failure {
        error: status_error(status, retry_after, bytes),
        retry_as: Some(AttemptFailure::Status {
            status,
            retry_after,
        }),
    })
}

/// The error for a non-2xx answer; the body is read leniently: `{message}` or
/// `{message, errors}` when present, a plain description of the status otherwise.
fn status_error(status: u16, retry_after: Option<Duration>, bytes: &[u8]) -> Error {
    let parsed: Option<Value> = serde_json::from_slice(bytes).ok();
    // `message` is the API's own field; `detail` and `title` are those of RFC 9457
    // problem documents, which proxies and mock servers send.
    let message = ["message", "detail", "title"]
        .into_iter()
        .find_map(|field| {
            let text = parsed.as_ref()?.get(field)?.as_str()?;
            (!text.trim().is_empty()).then(|| text.to_owned())
        })
        .unwrap_or_else(|| status_words(status));
    match status {
        401 => Error::Unauthorized { message },
        403 => Error::Forbidden { message },
        404 => Error::NotFound { message },
        422 => Error::Validation {
            errors: field_errors(parsed.as_ref()),
            message,
        },
        429 => Error::RateLimited {
            retry_after_secs: retry_after
                .map(|wait| wait.as_secs() + u64::from(wait.subsec_nanos() > 0)),
            message,
        },
        400..=499 => Error::InvalidRequest {
            message: format!("the tenant refused it (HTTP {status}): {message}"),
        },
        500..=599 => Error::Server { status, message },
        _ => Error::protocol(status, format!("unexpected status: {message}"), bytes),
    }
}

/// Field messages of a 422 body: the API's `errors` (field → messages, whatever
/// shape each entry has), else a problem document's `validation` list.
fn field_errors(body: Option<&Value>) -> BTreeMap<String, Vec<String>> {
    let Some(body) = body else {
        return BTreeMap::new();
    };
    let Some(Value::Object(fields)) = body.get("errors") else {
        return problem_validation(body.get("validation"));
    };
    fields
        .iter()
        .map(|(field, messages)| {
            let messages = match messages {
                Value::Array(items) => items.iter().map(text_of).collect(),
                other => vec![text_of(other)],
            };
            (field.clone(), messages)
        })
        .collect()
}

/// `[{location: ["query", "filter", "status"], message}]` → `filter.status`;
/// the first location step only says where the field was (query, body, path).
fn problem_validation(validation: Option<&Value>) -> BTreeMap<String, Vec<String>> {
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let Some(Value::Array(items)) = validation else {
        return errors;
    };
    for item in items {
        let Some(message) = item.get("message").and_then(Value::as_str) else {
            continue;
        };
        let location: Vec<String> = match item.get("location") {
            Some(Value::Array(steps)) => steps.iter().skip(1).map(text_of).collect(),
            _ => Vec::new(),
        };
        let field = if location.is_empty() {
            crate::validate::WHOLE_BODY.to_owned()
        } else {
            location.join(".")
        };
        errors.entry(field).or_default().push(message.to_owned());
    }
    errors
}

fn text_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn status_words(status: u16) -> String {
    match reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|code| code.canonical_reason())
    {
        Some(reason) => format!("HTTP {status} {reason}"),
        None => format!("HTTP {status}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn error_of(status: u16, body: &str) -> Error {
        status_error(status, None, body.as_bytes())
    }

    #[test]
    fn an_answered_error_gives_back_its_status() {
        for status in [401, 403, 404, 422, 429, 500, 503, 302] {
            assert_eq!(
                error_of(status, "{}").http_status(),
                Some(status),
                "{status}"
            );
        }
    }

    #[test]
    fn unprocessable_bodies_keep_every_field_message() {
        let error = error_of(
            422,
            r#"{"message":"The given data was invalid.","errors":{"name":["required"],"address.city":"odd","n":[1]}}"#,
        );
        assert_eq!(
            error,
            Error::Validation {
                message: "The given data was invalid.".into(),
                errors: BTreeMap::from([
                    ("address.city".to_owned(), vec!["odd".to_owned()]),
                    ("n".to_owned(), vec!["1".to_owned()]),
                    ("name".to_owned(), vec!["required".to_owned()]),
                ]),
            }
        );
    }

    #[test]
    fn problem_documents_are_read_too() {
        let error = error_of(
            422,
            r#"{"title":"Invalid request","status":422,"detail":"Your request is not valid.",
                "validation":[{"location":["query","filter","status"],"message":"must be one of a, b"},
                              {"location":["body"],"message":"must be object"},
                              {"location":["body","name"],"code":"required"}]}"#,
        );
        assert_eq!(
            error,
            Error::Validation {
                message: "Your request is not valid.".into(),
                errors: BTreeMap::from([
                    ("body".to_owned(), vec!["must be object".to_owned()]),
                    (
                        "filter.status".to_owned(),
                        vec!["must be one of a, b".to_owned()]
                    ),
                ]),
            }
        );
        assert_eq!(
            error_of(403, r#"{"title":"Forbidden"}"#),
            Error::Forbidden {
                message: "Forbidden".into()
            }
        );
    }

    #[test]
    fn odd_error_bodies_fall_back_to_the_status() {
        for body in [
            "",
            "<html>Bad</html>",
            "[]",
            r#"{"message": 5}"#,
            r#"{"message": " "}"#,
        ] {
            assert_eq!(
                error_of(404, body),
                Error::NotFound {
                    message: "HTTP 404 Not Found".into()
                },
                "{body}"
            );
        }
        assert_eq!(
            error_of(422, r#"{"errors": 3}"#),
            Error::Validation {
                message: "HTTP 422 Unprocessable Entity".into(),
                errors: BTreeMap::new()
            }
        );
    }

    #[test]
    fn retry_after_is_rounded_up_to_whole_seconds() {
        let error = status_error(429, Some(Duration::from_millis(1500)), b"{}");
        assert!(matches!(
            error,
            Error::RateLimited {
                retry_after_secs: Some(2),
                ..
            }
        ));
    }

    #[test]
    fn other_statuses_map_to_their_kinds() {
        assert!(
            matches!(error_of(409, "{}"), Error::InvalidRequest { message } if message.contains("409"))
        );
        assert!(matches!(
            error_of(302, ""),
            Error::Protocol { status: 302, .. }
        ));
        assert!(matches!(
            error_of(599, ""),
            Error::Server { status: 599, .. }
        ));
    }

    #[test]
    fn success_bodies_are_json_or_nothing() {
        assert_eq!(
            interpret(204, None, b"").ok(),
            Some(ApiResponse {
                status: 204,
                body: None
            })
        );
        assert_eq!(
            interpret(202, None, b" \n").ok(),
            Some(ApiResponse {
                status: 202,
                body: None
            })
        );
        assert_eq!(
            interpret(200, None, br#"{"data":[]}"#).ok(),
            Some(ApiResponse {
                status: 200,
                body: Some(json!({"data": []}))
            })
        );
        let failure = interpret(200, None, b"<html>").err().unwrap();
        assert!(
            matches!(failure.error, Error::Protocol { status: 200, ref raw_body, .. } if raw_body == "<html>")
        );
        assert!(failure.retry_as.is_none());
    }

    #[test]
    fn debug_output_never_shows_the_token() {
        let config = ClientConfig::new(
            Url::parse("https://acme.example").unwrap(),
            SecretString::from("tok-9f8e7d"),
        );
        assert!(!format!("{config:?}").contains("tok-9f8e7d"));
        let client = Client::new(config).unwrap();
        assert!(!format!("{client:?}").contains("tok-9f8e7d"));
    }
}
