/// Why the session could not do what the window asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("Plugdesk is not connected to a tenant. Connect to a tenant, or explore the demo network, first.")]
    NotConnected,
    #[error("This change is already being sent; wait for its answer before sending it again.")]
    AlreadyInFlight,
    #[error("This change was already sent (its answer may still be on its way, or it was applied). Look at the record or the Activity list before making it again.")]
    AlreadySent,
    #[error("The tenant was switched while this was on its way, so nothing was sent. Check the tenant in the header, then try again.")]
    TenantChanged,
    #[error("Plugdesk does not know the operation {0}.")]
    UnknownOperation(String),
    #[error("Tenant profiles are not available in this window.")]
    ProfilesUnavailable,
    #[error("{0}")]
    Activity(String),
    #[error(transparent)]
    SavedViews(#[from] saved_views::ViewError),
    #[error("The export could not be written: {0}")]
    ExportFile(String),
    #[error("The demo network could not start: {0}")]
    Demo(String),
    #[error(transparent)]
    Api(#[from] ampeco::Error),
    #[error(transparent)]
    Credentials(#[from] credentials::CredentialsError),
}
