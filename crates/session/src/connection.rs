//! Connecting to a tenant: testing an address and token, switching profiles,
//! and reconnecting the last profile when Plugdesk starts.

use ampeco::generated::operation;
use ampeco::{Client, ClientConfig, OperationRequest};
use credentials::{NewProfile, ProfileUpdate, SecretString, TenantUrl};

use crate::profiles::{parse_color, parse_tenant_url};
use crate::views::{ConnectionCheck, ProfileChanges, ProfileInput, SessionStatus, TenantView};
use crate::{ActiveTenant, Session, SessionError};

/// The cheap authenticated call used to test a connection: the tenant's
/// general settings, one small object every API token can usually read.
const PROBE_OPERATION: &str = "settingsListing";

impl Session {
    /// What the header and the profile screens show, once the profile that was active when
    /// Plugdesk last closed has been reconnected (or tried).
    pub async fn status(&self) -> SessionStatus {
        self.restore_last_profile().await;
        self.current_status()
    }

    fn current_status(&self) -> SessionStatus {
        let (profiles, notice) = match &self.profiles {
            Some(book) => (
                book.views(),
                book.store()
                    .recovery_notice()
                    .map(|notice| notice.to_string()),
            ),
            None => (Vec::new(), None),
        };
        SessionStatus {
            active: self.active().map(|tenant| tenant.view),
            profiles,
            notice,
            restore_problem: self
                .restored
                .lock()
                .unwrap_or_else(|poison| poison.into_inner())
                .clone()
                .flatten(),
        }
    }

    /// Tests `tenant_url` with `token` by one read; nothing is saved.
    pub async fn check_connection(
        &self,
        tenant_url: &str,
        token: String,
    ) -> Result<ConnectionCheck, SessionError> {
        let url = parse_tenant_url(tenant_url)?;
        probe(&url, SecretString::from(token)).await
    }

    /// Saves a new profile after testing it (unless the operator chose "Save
    /// anyway"), and connects to it.
    pub async fn add_profile(&self, input: ProfileInput) -> Result<SessionStatus, SessionError> {
        let url = parse_tenant_url(&input.tenant_url)?;
        let token = SecretString::from(input.token);
        if !input.skip_test {
            probe(&url, token.clone()).await?;
        }
        let book = self.profile_book()?;
        let profile = book
            .add(
                NewProfile {
                    name: input.name,
                    tenant_url: url,
                    color: parse_color(&input.color)?,
                    read_only: input.read_only,
                },
                token,
            )
            .await?;
        self.activate_profile(&profile.id).await
    }

    pub async fn update_profile(
        &self,
        id: &str,
        changes: ProfileChanges,
    ) -> Result<SessionStatus, SessionError> {
        let book = self.profile_book()?;
        let update = ProfileUpdate {
            name: changes.name,
            tenant_url: changes
                .tenant_url
                .as_deref()
                .map(parse_tenant_url)
                .transpose()?,
            color: changes.color.as_deref().map(parse_color).transpose()?,
            read_only: changes.read_only,
        };
        let new_token = changes.token.is_some();
        let before = book.get(id)?;
        let after = book
            .update(id, update, changes.token.map(SecretString::from))
            .await?;
        if self.active_profile_id().as_deref() == Some(id) {
            // The connection must follow a new token, address or read-only flag;
            // a new name or colour only changes how the header shows it, and
            // must not cancel the exports and changes running on it.
            let reconnect = new_token
                || before.tenant_url != after.tenant_url
                || before.read_only != after.read_only;
            if reconnect {
                return self.activate_profile(id).await;
            }
            self.relabel_active(&after.name, after.color.name());
        }
        Ok(self.status().await)
    }

    pub async fn delete_profile(&self, id: &str) -> Result<SessionStatus, SessionError> {
        self.profile_book()?.remove(id).await?;
        self.forget_views_of(id).await?;
        if self.active_profile_id().as_deref() == Some(id) {
            self.deactivate();
        }
        Ok(self.status().await)
    }

    /// Connects to a saved profile, with its token from the keychain.
    pub async fn activate_profile(&self, id: &str) -> Result<SessionStatus, SessionError> {
        self.connect_profile(id).await?;
        Ok(self.status().await)
    }

    /// Makes profile `id` the active tenant, its token read from the keychain.
    async fn connect_profile(&self, id: &str) -> Result<(), SessionError> {
        let book = self.profile_book()?;
        let profile = book.get(id)?;
        let token = book.token(id).await?;
        let mut config = ClientConfig::new(profile.tenant_url.as_url().clone(), token);
        config.read_only = profile.read_only;
        let client = Client::new(config)?;
        self.activate(ActiveTenant {
            view: TenantView {
                profile_id: Some(profile.id.clone()),
                name: profile.name.clone(),
                tenant_url: profile.tenant_url.to_string(),
                color: profile.color.name().to_owned(),
                read_only: profile.read_only,
                demo: false,
                // Set by `Session::activate`.
                generation: 0,
            },
            client,
        });
        {
            let mut store = book.store();
            store.set_active(id)?;
            store.touch(id)?;
        }
        self.mark_restored(None);
        Ok(())
    }

    /// Disconnects; the profile stays saved.
    pub async fn disconnect(&self) -> Result<SessionStatus, SessionError> {
        self.deactivate();
        if let Some(book) = &self.profiles {
            book.store().clear_active()?;
        }
        Ok(self.status().await)
    }

    fn active_profile_id(&self) -> Option<String> {
        self.active().and_then(|tenant| tenant.view.profile_id)
    }

    fn mark_restored(&self, problem: Option<String>) {
        *self
            .restored
            .lock()
            .unwrap_or_else(|poison| poison.into_inner()) = Some(problem);
    }

    /// Reconnects the profile that was active when Plugdesk last closed, once. The app starts
    /// it as it starts, so the keychain and the tenant's client are ready by the time the
    /// window asks who is connected; a window asking sooner waits for it.
    pub async fn restore_last_profile(&self) {
        self.restore_once.get_or_init(|| self.restore_now()).await;
    }

    async fn restore_now(&self) {
        self.mark_restored(None);
        let Some(book) = &self.profiles else { return };
        let Some(id) = book.store().active().map(|profile| profile.id.clone()) else {
            return;
        };
        if self.active().is_none() {
            if let Err(error) = self.connect_profile(&id).await {
                self.mark_restored(Some(error.to_string()));
            }
        }
    }
}

/// One authenticated read against `url`, reported in plain words.
async fn probe(url: &TenantUrl, token: SecretString) -> Result<ConnectionCheck, SessionError> {
    let op = operation(PROBE_OPERATION)
        .ok_or_else(|| SessionError::UnknownOperation(PROBE_OPERATION.into()))?;
    let mut config = ClientConfig::new(url.as_url().clone(), token);
    config.read_only = true;
    config.retry = ampeco::RetryPolicy::never();
    let client = Client::new(config)?;
    match client.execute(op, OperationRequest::default()).await {
        Ok(response)
            if response
                .body
                .as_ref()
                .is_some_and(|body| body.get("data").is_some()) =>
        {
            Ok(ConnectionCheck {
                tenant_url: url.to_string(),
                summary: format!(
                    "Connected to {}: the AMPECO.CHARGE Public API accepted the token.",
                    url.host()
                ),
            })
        }
        Ok(_) => Err(not_an_ampeco_tenant(
            url,
            "it answered, but not like an AMPECO.CHARGE tenant",
        )),
        Err(ampeco::Error::NotFound { .. }) => Err(not_an_ampeco_tenant(
            url,
            "there is no AMPECO.CHARGE Public API at this address",
        )),
        Err(ampeco::Error::Protocol { .. }) => Err(not_an_ampeco_tenant(
            url,
            "it answered with something other than the AMPECO.CHARGE Public API",
        )),
        Err(ampeco::Error::Network { message }) => Err(SessionError::Api(ampeco::Error::Network {
            message: explain_network_failure(url, &message),
        })),
        Err(error) => Err(error.into()),
    }
}

fn not_an_ampeco_tenant(url: &TenantUrl, why: &str) -> SessionError {
    SessionError::Api(ampeco::Error::InvalidRequest {
        message: format!(
            "{} does not look like an AMPECO.CHARGE tenant: {why}. Check the address; it is the one you use for the AMPECO back office.",
            url.host()
        ),
    })
}

/// Turns a transport failure into the question an operator can act on:
/// a mistyped name, a certificate problem, or a closed door.
fn explain_network_failure(url: &TenantUrl, detail: &str) -> String {
    let lower = detail.to_lowercase();
    let host = url.host();
    if lower.contains("dns") || lower.contains("lookup") || lower.contains("resolve") {
        format!("The name {host} could not be found (DNS). Check the tenant address for typos.")
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake")
    {
        format!("A secure (TLS) connection to {host} could not be made: its certificate was not accepted. Check the address; if it is right, your network may be intercepting HTTPS.")
    } else if lower.contains("refused") {
        format!("{host} refused the connection. Check the address and port.")
    } else {
        format!("Could not reach {host} ({detail}). Check the network connection and the tenant address.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_failures_are_explained_by_cause() {
        let url = TenantUrl::parse("acme.ampeco.tech").unwrap();
        assert!(explain_network_failure(
            &url,
            "error sending request: dns error: failed to lookup address"
        )
        .contains("could not be found (DNS)"));
        assert!(
            explain_network_failure(&url, "invalid peer certificate: UnknownIssuer")
                .contains("certificate")
        );
        assert!(
            explain_network_failure(&url, "tcp connect error: Connection refused")
                .contains("refused")
        );
        assert!(explain_network_failure(&url, "reset").contains("Could not reach acme.ampeco.tech"));
    }
}
