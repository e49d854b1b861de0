//! `plugdesk-cli`: the Plugdesk API client for scripts and diagnostics.

mod args;
mod connect;
mod export;
mod failure;
mod operations;
mod request_args;

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};
use crate::failure::Failure;

fn main() -> ExitCode {
    // clap prints usage problems itself and exits with code 2.
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => return report(Failure::Io(error)),
    };
    match runtime.block_on(run(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`| head`): not a failure of ours.
        Err(Failure::Io(error)) if error.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(failure) => report(failure),
    }
}

fn report(failure: Failure) -> ExitCode {
    eprintln!("plugdesk-cli: {failure}");
    failure.exit_code()
}

async fn run(command: Command) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match command {
        Command::Operations { json, kind } => operations::print_operations(kind, json, &mut out),
        Command::Call {
            operation_id,
            tenant,
            request,
            body,
        } => {
            let op = connect::operation(&operation_id)?;
            let request = request_args::build_request(&request, body.as_deref())?;
            let client = connect::client(&tenant)?;
            let response = client.execute(op, request).await?;
            if let Some(body) = response.body {
                serde_json::to_writer_pretty(&mut out, &body).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Command::FetchAll {
            operation_id,
            tenant,
            request,
            format,
        } => {
            let op = connect::operation(&operation_id)?;
            if !op.method.is_read() {
                return Err(Failure::Usage(format!(
                    "{operation_id} is a {} operation; fetch-all reads listings only",
                    op.method.as_str()
                )));
            }
            let request = request_args::build_request(&request, None)?;
            let client = connect::client(&tenant)?;
            export::fetch_all(&client, op, request, format, out).await?;
            Ok(())
        }
    }
}
