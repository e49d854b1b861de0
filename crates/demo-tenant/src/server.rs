//! The HTTP side: accepts connections on loopback, applies faults, checks the
//! token, and hands each request to [`crate::api`].
//!
//! Connections are served with hyper directly (axum's router inside) so that
//! a "dropped connection" fault can close the socket without any answer, and
//! so that shutdown can wait for requests in flight.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tower::ServiceExt;

use crate::api;
use crate::call::Call;
use crate::errors::ApiError;
use crate::faults::{FaultSettings, Faults, Verdict};
use crate::listing::Origin;
use crate::routes::{method_of, Routes};
use crate::tenant::Tenant;

/// Path of the control endpoint; not part of the AMPECO API.
pub const FAULTS_PATH: &str = "/__demo/faults";

#[derive(Clone)]
pub struct AppState {
    pub tenant: Arc<Tenant>,
    pub routes: Arc<Routes>,
    pub token: Arc<str>,
    pub faults: Faults,
    pub served: Served,
}

/// The latest API requests answered, as `METHOD path?query`, oldest first:
/// tests count with it how many calls a feature makes. Bounded, so a demo
/// left open for days does not grow.
#[derive(Debug, Clone, Default)]
pub struct Served {
    requests: Arc<std::sync::Mutex<std::collections::VecDeque<String>>>,
}

/// How many requests [`Served`] remembers.
const SERVED_KEPT: usize = 10_000;

impl Served {
    fn record(&self, method: &Method, uri: &Uri) {
        let line = format!("{method} {uri}");
        let mut requests = self
            .requests
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        if requests.len() == SERVED_KEPT {
            requests.pop_front();
        }
        requests.push_back(line);
    }

    /// Every request answered so far.
    pub fn all(&self) -> Vec<String> {
        self.requests
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
            .iter()
            .cloned()
            .collect()
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route(FAULTS_PATH, get(read_faults).post(write_faults))
        .fallback(answer)
        .with_state(state)
}

fn authorized(state: &AppState, headers: &HeaderMap) -> bool {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|token| token == &*state.token)
}

async fn read_faults(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if !authorized(&state, &headers) {
        return ApiError::unauthenticated().into_response();
    }
    Json(state.faults.get()).into_response()
}

async fn write_faults(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    if !authorized(&state, &headers) {
        return ApiError::unauthenticated().into_response();
    }
    match serde_json::from_slice::<FaultSettings>(&body) {
        Ok(settings) => {
            state.faults.set(settings);
            Json(settings).into_response()
        }
        Err(error) => ApiError::invalid("body", &error.to_string()).into_response(),
    }
}

async fn answer(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !authorized(&state, &headers) {
        return ApiError::unauthenticated().into_response();
    }
    state.served.record(&method, &uri);
    let Some((op, path)) = method_of(&method).and_then(|m| state.routes.find(m, uri.path())) else {
        return ApiError::not_found().into_response();
    };
    let body = if body.is_empty() {
        None
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(value) => Some(value),
            Err(_) => return ApiError::invalid("body", "The body must be JSON.").into_response(),
        }
    };
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    let origin = Origin {
        base: format!("http://{host}{}", uri.path()),
        pairs: pairs.clone(),
    };
    let tenant = Arc::clone(&state.tenant);
    let result = tokio::task::spawn_blocking(move || {
        let call = Call {
            op,
            path,
            pairs,
            body,
            origin,
            schemas: &tenant.request_schemas,
        };
        api::handle(&tenant, call)
    })
    .await;
    match result {
        Ok(Ok((status, Some(body)))) => (status, Json(body)).into_response(),
        Ok(Ok((status, None))) => status.into_response(),
        Ok(Err(error)) => error.into_response(),
        Err(_) => {
            ApiError::message(StatusCode::INTERNAL_SERVER_ERROR, "Server Error").into_response()
        }
    }
}

/// The error a service returns to make hyper close the connection unanswered.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped on purpose")
    }
}

impl std::error::Error for Dropped {}

/// Applies the configured faults to one request, then lets `app` answer.
async fn with_faults(
    app: Router,
    faults: Faults,
    request: Request<hyper::body::Incoming>,
) -> Result<Response, Dropped> {
    if !request.uri().path().starts_with("/__demo/") {
        let latency = faults.latency();
        if !latency.is_zero() {
            tokio::time::sleep(latency).await;
        }
        match faults.judge() {
            Verdict::Serve => {}
            Verdict::Drop => return Err(Dropped),
            Verdict::Unavailable => {
                return Ok((
                    StatusCode::SERVICE_UNAVAILABLE,
                    Json(json!({"message": "Service Unavailable"})),
                )
                    .into_response());
            }
            Verdict::RateLimited { retry_after } => {
                let mut response = (
                    StatusCode::TOO_MANY_REQUESTS,
                    Json(json!({"message": "Too Many Attempts."})),
                )
                    .into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
                return Ok(response);
            }
        }
    }
    let drifts = !request.uri().path().starts_with("/__demo/");
    let response = app.oneshot(request.map(Body::new)).await;
    let response = response.unwrap_or_else(|never: Infallible| match never {});
    Ok(if drifts {
        with_drift(response, &faults).await
    } else {
        response
    })
}

/// A successful JSON answer, rewritten when the drift fault picks it.
async fn with_drift(response: Response, faults: &Faults) -> Response {
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if faults.get().drift_rate <= 0.0 || !response.status().is_success() || !is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    if !faults.drift(&mut value) {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let mut parts = parts;
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(value.to_string()))
}

/// The pause after `failures` accept errors in a row (too many open files,
/// out of memory for sockets): growing from 5 ms to 1 s, so the loop neither
/// spins on a full descriptor table nor stalls long once one frees up.
fn accept_pause(failures: u32) -> Duration {
    let exponent = failures.saturating_sub(1).min(8);
    Duration::from_millis(5 << exponent).min(Duration::from_secs(1))
}

/// Serves `app` on `listener` until `stop` fires, then waits (briefly) for
/// requests in flight.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    faults: Faults,
    mut stop: oneshot::Receiver<()>,
) {
    let graceful = GracefulShutdown::new();
    let mut failures = 0;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => {
                        failures = 0;
                        stream
                    }
                    Err(_) => {
                        failures += 1;
                        tokio::select! {
                            () = tokio::time::sleep(accept_pause(failures)) => continue,
                            _ = &mut stop => break,
                        }
                    }
                };
                let (app, faults) = (app.clone(), faults.clone());
                let service = hyper::service::service_fn(move |request| with_faults(app.clone(), faults.clone(), request));
                let connection = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
                let watched = graceful.watch(connection);
                tokio::spawn(async move {
                    let _ = watched.await;
                });
            }
            _ = &mut stop => break,
        }
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(2), graceful.shutdown()).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_errors_in_a_row_pause_longer_up_to_a_second() {
        let pauses: Vec<u128> = (1..=12).map(|n| accept_pause(n).as_millis()).collect();
        assert_eq!(&pauses[..4], &[5, 10, 20, 40]);
        assert!(pauses.windows(2).all(|pair| pair[0] <= pair[1]));
        assert_eq!(*pauses.last().unwrap(), 1000);
    }
}
