//! The client and the operation a command names.

use ampeco::operation::Operation;
use ampeco::{Client, ClientConfig, SecretString, Url};

use crate::args::TenantArgs;
use crate::failure::Failure;

/// The environment variable holding the API token.
pub const TOKEN_VARIABLE: &str = "PLUGDESK_TOKEN";

/// A client for the tenant of `args`, with the token from [`TOKEN_VARIABLE`].
pub fn client(args: &TenantArgs) -> Result<Client, Failure> {
    let tenant = args.tenant.as_deref().ok_or_else(|| {
        Failure::Usage(
            "no tenant address: give --tenant https://… or set PLUGDESK_TENANT".to_owned(),
        )
    })?;
    let base_url = Url::parse(tenant).map_err(|error| {
        Failure::Usage(format!(
            "the tenant address \"{tenant}\" is not a valid URL ({error})"
        ))
    })?;
    let token = std::env::var(TOKEN_VARIABLE)
        .ok()
        .filter(|token| !token.trim().is_empty())
        .ok_or_else(|| {
            Failure::Usage(format!(
                "no API token: set {TOKEN_VARIABLE} to a token created in the tenant's admin panel"
            ))
        })?;
    let mut config = ClientConfig::new(base_url, SecretString::from(token));
    config.read_only = args.read_only;
    Ok(Client::new(config)?)
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
