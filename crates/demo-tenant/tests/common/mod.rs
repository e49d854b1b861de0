//! Starting a demo tenant and a client for it, over real loopback HTTP.

#![allow(dead_code)]

use ampeco::{Client, ClientConfig, RetryPolicy, SecretString, Url};
use demo_tenant::{DemoConfig, DemoTenant, RunningDemo};

pub const TOKEN: &str = "test-token";

pub async fn start() -> RunningDemo {
    start_with(DemoConfig {
        token: TOKEN.to_owned(),
        ..DemoConfig::default()
    })
    .await
}

pub async fn start_with(config: DemoConfig) -> RunningDemo {
    DemoTenant::start(config).await.expect("demo tenant starts")
}

/// A client that never retries, so each fault shows as it happened.
pub fn client(demo: &RunningDemo, token: &str) -> Client {
    let mut config = ClientConfig::new(
        Url::parse(demo.url()).expect("url"),
        SecretString::from(token.to_owned()),
    );
    config.retry = RetryPolicy::never();
    Client::new(config).expect("client")
}

pub fn op(id: &str) -> &'static ampeco::Operation {
    ampeco::generated::operation(id).unwrap_or_else(|| panic!("{id} is in the operation table"))
}
