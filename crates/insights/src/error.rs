//! Why a number could not be computed.

/// A failure the window reacts to by kind: a tenant change is not an error to
/// show, only a reason to ask again for the tenant now connected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InsightsError {
    #[error("Plugdesk is not connected to a tenant. Connect to a tenant, or explore the demo network, to see Home.")]
    NotConnected,
    #[error("The connected tenant changed while Home was counting; the numbers of the tenant now connected are on their way.")]
    TenantChanged,
    #[error(transparent)]
    Api(#[from] ampeco::Error),
    /// The count was cancelled (Home left before it finished), or its id was in use.
    #[error(transparent)]
    Session(#[from] session::SessionError),
}
