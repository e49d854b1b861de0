//! "Explore the demo network": an AMPECO-compatible tenant served inside
//! Plugdesk on a loopback port, so anyone can try every screen without an
//! account. Its token is made up per start and never leaves the process; no
//! keychain entry and no profile file are written for it.

use ampeco::{Client, ClientConfig, SecretString, Url};
use demo_tenant::{DemoConfig, DemoTenant, RunningDemo};

use crate::views::{SessionStatus, TenantView};
use crate::{ActiveTenant, Session, SessionError};

pub(crate) struct EmbeddedDemo {
    running: RunningDemo,
    token: SecretString,
}

/// The seed of the demo network: every operator sees the same network.
const DEMO_SEED: u64 = 42;

impl Session {
    /// Starts the demo tenant (once per run of the app) and connects to it.
    pub async fn start_demo(&self) -> Result<SessionStatus, SessionError> {
        let mut demo = self.demo.lock().await;
        if demo.is_none() {
            let token = uuid::Uuid::new_v4().simple().to_string();
            let running = DemoTenant::start(DemoConfig {
                seed: DEMO_SEED,
                token: token.clone(),
                ..DemoConfig::default()
            })
            .await
            .map_err(|error| SessionError::Demo(error.to_string()))?;
            *demo = Some(EmbeddedDemo {
                running,
                token: SecretString::from(token),
            });
        }
        let embedded = demo.as_ref().expect("started above");
        let url = Url::parse(embedded.running.url())
            .map_err(|error| SessionError::Demo(error.to_string()))?;
        let client = Client::new(ClientConfig::new(url, embedded.token.clone()))?;
        self.activate(ActiveTenant {
            view: TenantView {
                profile_id: None,
                name: "Demo network".to_owned(),
                tenant_url: embedded.running.url().to_owned(),
                color: "grape".to_owned(),
                read_only: false,
                demo: true,
                // Set by `Session::activate`.
                generation: 0,
            },
            client,
        });
        drop(demo);
        // Leaving a saved profile for the demo: the next start opens the demo's
        // home, not the profile, unless the operator switches back.
        if let Some(book) = &self.profiles {
            book.store().clear_active()?;
        }
        Ok(self.status().await)
    }
}
