//! The client and the operation a command names.

use ampeco::operation::Operation;
use ampeco::{Client, ClientConfig, SecretString, Url};
use credentials::{Keychain, ProfileStore, TenantUrl};

use crate::args::TenantArgs;
use crate::failure::Failure;

/// The environment variable holding the API token.
pub const TOKEN_VARIABLE: &str = "PLUGDESK_TOKEN";

/// A client for the tenant of `args`: a saved profile, or an address with the
/// token from [`TOKEN_VARIABLE`].
pub fn client(args: &TenantArgs) -> Result<Client, Failure> {
    let (base_url, token, profile_read_only) = match &args.profile {
        Some(name) => from_profile(name)?,
        None => (tenant_url(args)?, token_from_environment()?, false),
    };
    let mut config = ClientConfig::new(base_url, token);
    config.read_only = args.read_only || profile_read_only;
    Ok(Client::new(config)?)
}

/// The address as an operator would type it, normalised as the app does.
fn tenant_url(args: &TenantArgs) -> Result<Url, Failure> {
    let tenant = args.tenant.as_deref().ok_or_else(|| {
        Failure::Usage(
            "no tenant: give --profile NAME, or --tenant ADDRESS (or set PLUGDESK_TENANT)"
                .to_owned(),
        )
    })?;
    TenantUrl::parse(tenant)
        .map(|url| url.as_url().clone())
        .map_err(|error| Failure::Usage(format!("the tenant address is not usable: {error}")))
}

fn token_from_environment() -> Result<SecretString, Failure> {
    std::env::var(TOKEN_VARIABLE)
        .ok()
        .filter(|token| !token.trim().is_empty())
        .map(SecretString::from)
        .ok_or_else(|| {
            Failure::Usage(format!(
                "no API token: set {TOKEN_VARIABLE} to a token created in the tenant's admin panel"
            ))
        })
}

/// The address, token and read-only flag of the profile named `name`.
fn from_profile(name: &str) -> Result<(Url, SecretString, bool), Failure> {
    let dir = credentials::app_config_dir().ok_or_else(|| {
        Failure::Credentials(
            "this system has no configuration folder for Plugdesk's profiles".into(),
        )
    })?;
    let store =
        ProfileStore::open(&dir).map_err(|error| Failure::Credentials(error.to_string()))?;
    let profile = store
        .list()
        .iter()
        .find(|profile| profile.name.eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            let names: Vec<&str> = store
                .list()
                .iter()
                .map(|profile| profile.name.as_str())
                .collect();
            Failure::Usage(if names.is_empty() {
                format!("there is no profile \"{name}\": no profiles are saved in Plugdesk yet")
            } else {
                format!(
                    "there is no profile \"{name}\"; saved profiles: {}",
                    names.join(", ")
                )
            })
        })?;
    let token = Keychain::for_this_build()
        .require_token(&profile.id)
        .map_err(|error| Failure::Credentials(error.to_string()))?;
    Ok((
        profile.tenant_url.as_url().clone(),
        token,
        profile.read_only,
    ))
}

/// The operation with this id, or a usage error naming close matches.
pub fn operation(id: &str) -> Result<&'static Operation, Failure> {
    if let Some(op) = ampeco::generated::operation(id) {
        return Ok(op);
    }
    let wanted = id.to_lowercase();
    let close: Vec<&str> = ampeco::generated::OPERATIONS
        .iter()
        .map(|op| op.id)
        .filter(|candidate| candidate.to_lowercase().contains(&wanted))
        .take(5)
        .collect();
    let hint = if close.is_empty() {
        "run `plugdesk-cli operations` to see them all".to_owned()
    } else {
        format!("did you mean {}?", close.join(", "))
    };
    Err(Failure::Usage(format!(
        "there is no operation \"{id}\"; {hint}"
    )))
}
