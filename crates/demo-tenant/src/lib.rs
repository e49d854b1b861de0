//! A demo AMPECO.CHARGE tenant: an AMPECO-compatible HTTP server on loopback
//! that answers all operations of the Public API from a seeded, deterministic
//! charging network, for demo mode, tests and benchmarks.
//!
//! Requests go one way: [`server`] applies faults and checks the token,
//! [`routes`] finds the operation in the generated table, [`api`] answers it
//! by kind on the [`store`] (lists through [`listing`], actions through
//! [`actions`]); [`network`] and [`synth`] fill the store from the schemas.
//!
//! ```no_run
//! # async fn demo() -> anyhow::Result<()> {
//! use demo_tenant::{DemoConfig, DemoTenant};
//! let demo = DemoTenant::start(DemoConfig::default()).await?;
//! println!("{}", demo.url());
//! demo.shutdown().await;
//! # Ok(()) }
//! ```

pub mod actions;
pub mod api;
pub mod call;
pub mod catalog;
pub mod clock;
pub mod conform;
pub mod errors;
pub mod examples;
pub mod faults;
pub mod listing;
pub mod network;
pub mod routes;
pub mod seeded;
pub mod server;
pub mod store;
pub mod synth;
pub mod tenant;
pub mod vocab;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use time::OffsetDateTime;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use faults::{FaultSettings, Faults};
pub use tenant::Tenant;

/// How to start a demo tenant.
#[derive(Debug, Clone)]
pub struct DemoConfig {
    /// Same seed, same network.
    pub seed: u64,
    /// Multiplies the volume: 60 charge points, 500 users, 3,000 sessions per unit.
    pub scale: u64,
    /// The bearer token the tenant accepts.
    pub token: String,
    pub faults: FaultSettings,
}

impl Default for DemoConfig {
    fn default() -> Self {
        DemoConfig {
            seed: 42,
            scale: 1,
            token: "demo".to_owned(),
            faults: FaultSettings::default(),
        }
    }
}

pub struct DemoTenant;

impl DemoTenant {
    /// Builds the network and serves it on a free loopback port.
    pub async fn start(config: DemoConfig) -> anyhow::Result<RunningDemo> {
        DemoTenant::start_on(config, 0).await
    }

    /// Like [`DemoTenant::start`], on `port` (0 for any free one).
    pub async fn start_on(config: DemoConfig, port: u16) -> anyhow::Result<RunningDemo> {
        let started = Instant::now();
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
        let address = listener.local_addr()?;
        let (seed, scale) = (config.seed, config.scale);
        let anchor = default_anchor();
        let tenant = tokio::task::spawn_blocking(move || Tenant::new(seed, scale, anchor)).await?;
        let faults = Faults::new(config.faults, config.seed);
        let served = server::Served::default();
        let state = server::AppState {
            served: served.clone(),
            tenant: Arc::new(tenant),
            routes: Arc::new(routes::Routes::new()),
            token: Arc::from(config.token.as_str()),
            faults: faults.clone(),
        };
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(server::serve(
            listener,
            server::router(state),
            faults.clone(),
            stopped,
        ));
        Ok(RunningDemo {
            url: format!("http://{address}"),
            faults,
            served,
            stop: Some(stop),
            task: Some(task),
            startup: started.elapsed(),
        })
    }
}

/// "Now" for the generated history: the start of the current hour, so two
/// tenants started with one seed within the hour hold identical data.
pub fn default_anchor() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_minute(0)
        .and_then(|t| t.replace_second(0))
        .and_then(|t| t.replace_nanosecond(0))
        .unwrap_or(now)
}

/// A tenant being served; stops when dropped or on [`RunningDemo::shutdown`].
pub struct RunningDemo {
    url: String,
    faults: Faults,
    served: server::Served,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
    startup: Duration,
}

impl RunningDemo {
    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A handle to change the faults while running.
    pub fn faults(&self) -> &Faults {
        &self.faults
    }

    /// The API requests answered so far (`GET /public-api/…?…`), oldest first.
    pub fn served(&self) -> Vec<String> {
        self.served.all()
    }

    /// Time from the call to `start` until the tenant could answer.
    pub fn startup_time(&self) -> Duration {
        self.startup
    }

    /// Stops accepting, lets requests in flight finish, and returns when done.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for RunningDemo {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
