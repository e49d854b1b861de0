//! Client for the AMPECO.CHARGE Public API.
//!
//! The operation table in `generated` is written by `crates/codegen` from the
//! vendor's OpenAPI document; everything else in this crate is hand-written and
//! knows nothing of Tauri.
//!
//! A call goes one way through small modules: [`request`] fills the path and
//! [`query`] encodes the query, [`validate`] checks the body, [`client`] sends
//! it with [`auth`], [`limit`] and [`retry`], and maps the answer to
//! [`ApiResponse`] or [`Error`]; [`pagination`] walks listings page by page.

pub mod auth;
pub mod base_url;
pub mod big_numbers;
pub mod client;
pub mod error;
pub mod generated;
pub mod limit;
pub mod operation;
pub mod pagination;
pub mod query;
pub mod request;
pub mod retry;
pub mod secrets;
pub mod validate;

#[cfg(test)]
mod testing;

pub use client::{ApiResponse, Client, ClientConfig};
pub use error::Error;
pub use operation::Operation;
pub use pagination::{Page, PageRequest};
pub use query::QueryInput;
pub use request::OperationRequest;
pub use retry::RetryPolicy;
pub use secrecy::SecretString;
pub use tokio_util::sync::CancellationToken;
pub use url::Url;
