//! A demo tenant on loopback and a session connected to it, for the tests.

// Each test file uses its own part of these helpers.
#![allow(dead_code)]

use ampeco::generated::ListOperation;
use ampeco::{Client, ClientConfig, OperationRequest, QueryInput, SecretString, Url};
use demo_tenant::{DemoConfig, DemoTenant, RunningDemo};
use futures_util::TryStreamExt;
use insights::TenantKey;
use serde_json::Value;
use session::{ActiveTenant, Session, TenantView};

pub const TOKEN: &str = "insights-test";

pub struct Demo {
    pub running: RunningDemo,
}

impl Demo {
    pub async fn start(seed: u64, scale: u64) -> Demo {
        let running = DemoTenant::start(DemoConfig {
            seed,
            scale,
            token: TOKEN.to_owned(),
            ..DemoConfig::default()
        })
        .await
        .expect("the demo tenant starts");
        Demo { running }
    }

    pub async fn shutdown(self) {
        self.running.shutdown().await;
    }
}

/// The tenant `demo` as the active tenant of a session of its own.
pub fn tenant_of(demo: &Demo, name: &str) -> ActiveTenant {
    let url = Url::parse(demo.running.url()).unwrap();
    let client = Client::new(ClientConfig::new(url, SecretString::from(TOKEN))).unwrap();
    ActiveTenant {
        view: TenantView {
            profile_id: Some(name.to_owned()),
            name: name.to_owned(),
            tenant_url: demo.running.url().to_owned(),
            color: "blue".to_owned(),
            read_only: true,
            demo: false,
            // Set when the session activates it.
            generation: 0,
        },
        client,
    }
}

/// The connection a window knows: its generation, and the tenant results name.
#[derive(Debug, Clone)]
pub struct Connected {
    pub generation: u32,
    pub key: TenantKey,
}

/// Makes `tenant` the active tenant of `session`, as connecting does.
pub fn activate(session: &Session, tenant: ActiveTenant) -> Connected {
    let key = TenantKey::of(&tenant.view);
    session.activate(tenant);
    let generation = session.active().expect("just activated").view.generation;
    Connected { generation, key }
}

pub fn connect(demo: &Demo) -> (Session, Connected) {
    let session = Session::new();
    let connected = activate(&session, tenant_of(demo, "test"));
    (session, connected)
}

/// Every record of `op`, read straight from the listing.
pub async fn all_records(client: &Client, op: ListOperation) -> Vec<Value> {
    let operation = op.operation();
    let request = OperationRequest {
        query: QueryInput {
            per_page: operation.per_page.then_some(100),
            ..QueryInput::default()
        },
        ..OperationRequest::default()
    };
    client
        .records(operation, request)
        .try_collect()
        .await
        .expect("the listing reads")
}

/// A field as text: strings as they are, numbers in their JSON spelling.
pub fn field(record: &Value, name: &str) -> Option<String> {
    match record.get(name)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// A fresh request id for each count, as the window gives one per call.
pub fn call_id() -> String {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let next = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("count-{next}")
}
