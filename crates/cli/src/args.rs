//! The command line, declared with clap.

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "Exit codes: 0 done, 1 other failure, 2 wrong command line, \
3 token refused, not allowed or not available, 4 not found, 5 values not valid, \
6 tenant unreachable or too slow.";

/// Call the AMPECO.CHARGE Public API from scripts and terminals.
///
/// The tenant address comes from --tenant or PLUGDESK_TENANT, the API token
/// from PLUGDESK_TOKEN only (a flag would show it in shell history and in the
/// process list). Or name a profile saved in the desktop app with --profile:
/// its address and read-only setting are used, and its token is read from the
/// system keychain.
#[derive(Debug, Parser)]
#[command(name = "plugdesk-cli", version, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the operations of the API.
    Operations {
        /// Print the operation table as JSON.
        #[arg(long)]
        json: bool,
        /// Only operations of this kind.
        #[arg(long, value_enum)]
        kind: Option<Kind>,
    },
    /// Call one operation and print the answer as JSON.
    Call {
        /// The operation id, e.g. chargePointsListing (see `operations`).
        operation_id: String,
        #[command(flatten)]
        tenant: TenantArgs,
        #[command(flatten)]
        request: RequestArgs,
        /// The request body: JSON text, @file, or @- for standard input.
        #[arg(long, value_name = "JSON|@FILE")]
        body: Option<String>,
    },
    /// Fetch every page of a listing and print its records as they arrive.
    FetchAll {
        /// The listing's operation id, e.g. chargePointsListing.
        operation_id: String,
        #[command(flatten)]
        tenant: TenantArgs,
        #[command(flatten)]
        request: RequestArgs,
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
    },
}

#[derive(Debug, Args)]
pub struct TenantArgs {
    /// A profile saved in the Plugdesk app, by name; its token comes from the keychain.
    #[arg(long, value_name = "NAME", conflicts_with = "tenant")]
    pub profile: Option<String>,
    /// The tenant address, e.g. yourcompany.charge.ampeco.tech
    #[arg(long, env = "PLUGDESK_TENANT", value_name = "URL")]
    pub tenant: Option<String>,
    /// Refuse every change: only GET operations are sent.
    #[arg(long)]
    pub read_only: bool,
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// A path parameter, e.g. --path chargePoint=12.
    #[arg(long = "path", value_name = "NAME=VALUE")]
    pub path: Vec<String>,
    /// A filter, e.g. --filter status=active; repeat a name, or give a JSON
    /// array (--filter 'ids=[1,2]'), for a list.
    #[arg(long = "filter", value_name = "NAME=VALUE")]
    pub filter: Vec<String>,
    /// A related resource to include, e.g. --include evses.
    #[arg(long = "include", value_name = "NAME")]
    pub include: Vec<String>,
    /// Any other query parameter, including cursor, page and per_page.
    #[arg(long = "query", value_name = "NAME=VALUE")]
    pub query: Vec<String>,
}

/// Operation kinds, as on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    List,
    Read,
    Create,
    Update,
    Delete,
    Action,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON record per line.
    Jsonl,
    /// A header of the first page's fields, then one row per record.
    Csv,
}
