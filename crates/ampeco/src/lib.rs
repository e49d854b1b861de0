//! Client for the AMPECO.CHARGE Public API.
//!
//! The operation table in [`generated`] is written by `crates/codegen` from the
//! vendor's OpenAPI document; everything else in this crate is hand-written and
//! knows nothing of Tauri.

pub mod generated;
pub mod operation;
