//! A loopback relay between the client and Prism that keeps the request-side
//! entries of Prism's `sl-violations` header. The client returns only status
//! and body, so the header is read here, on the wire.
//!
//! One relay serves one sequential worker: the violations it holds belong to
//! the last request that worker sent.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ampeco::Url;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, HOST};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use axum::Router;
use serde_json::Value;

/// The longest body relayed; the spec's largest examples are far smaller.
const BODY_LIMIT: usize = 16 * 1024 * 1024;

#[derive(Clone)]
pub struct Relay {
    state: Arc<RelayState>,
    pub url: Url,
}

struct RelayState {
    upstream: String,
    http: reqwest::Client,
    violations: Mutex<Vec<Value>>,
}

impl Relay {
    /// Serves a relay to `upstream` (`http://127.0.0.1:port`) on a free loopback port.
    pub async fn start(upstream: String, timeout: Duration) -> Relay {
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .build()
            .expect("the relay's HTTP client starts");
        let state = Arc::new(RelayState {
            upstream,
            http,
            violations: Mutex::new(Vec::new()),
        });
        let router = Router::new().fallback(relay).with_state(Arc::clone(&state));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free loopback port");
        let address = listener.local_addr().expect("a bound address");
        tokio::spawn(async move { axum::serve(listener, router).await });
        Relay {
            state,
            url: Url::parse(&format!("http://{address}")).expect("a loopback URL"),
        }
    }

    /// The request-side violations of the last answer, leaving none behind.
    pub fn take_violations(&self) -> Vec<Value> {
        std::mem::take(&mut *self.state.violations.lock().expect("not poisoned"))
    }
}

async fn relay(State(state): State<Arc<RelayState>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let target = format!(
        "{}{}",
        state.upstream,
        parts.uri.path_and_query().map_or("/", |p| p.as_str())
    );
    let body = match to_bytes(body, BODY_LIMIT).await {
        Ok(body) => body,
        Err(error) => return plain(StatusCode::BAD_REQUEST, format!("relay: {error}")),
    };
    let mut headers = parts.headers;
    headers.remove(HOST);
    let sent = state
        .http
        .request(parts.method, target)
        .headers(headers)
        .body(body)
        .send()
        .await;
    let answer = match sent {
        Ok(answer) => answer,
        Err(error) => return plain(StatusCode::BAD_GATEWAY, format!("relay: {error}")),
    };
    let status = answer.status();
    let content_type = answer.headers().get(CONTENT_TYPE).cloned();
    if let Some(header) = answer.headers().get("sl-violations") {
        *state.violations.lock().expect("not poisoned") = request_violations(header);
    }
    let bytes = match answer.bytes().await {
        Ok(bytes) => bytes,
        Err(error) => return plain(StatusCode::BAD_GATEWAY, format!("relay: {error}")),
    };
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    if let Some(content_type) = content_type {
        response.headers_mut().insert(CONTENT_TYPE, content_type);
    }
    response
}

/// Entries whose location starts anywhere but `response`: Prism also reports
/// where its own generated answer breaks the spec, which says nothing of the request.
fn request_violations(header: &HeaderValue) -> Vec<Value> {
    let parsed: Value = match header
        .to_str()
        .ok()
        .and_then(|t| serde_json::from_str(t).ok())
    {
        Some(parsed) => parsed,
        None => {
            return vec![Value::String(format!(
                "unreadable sl-violations header: {header:?}"
            ))]
        }
    };
    let Value::Array(entries) = parsed else {
        return vec![parsed];
    };
    entries
        .into_iter()
        .filter(|entry| entry["location"][0] != "response")
        .collect()
}

fn plain(status: StatusCode, message: String) -> Response {
    let mut response = Response::new(Body::from(message));
    *response.status_mut() = status;
    response
}
