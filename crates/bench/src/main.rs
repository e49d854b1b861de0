//! `cargo run --release -p plugdesk-bench --bin client-pagination -- [--scale N] [--runs N] [--no-write]`
//!
//! Reads a listing of at least 50,000 records from the demo tenant through the
//! client and through a plain HTTP loop, and writes the figures to
//! `bench/RESULTS.md`. See `report.rs` for what is reported.

mod report;

use std::time::Duration;

use ampeco::generated::operation;
use ampeco::{Client, ClientConfig, SecretString, Url};
use anyhow::{bail, Context};
use demo_tenant::{DemoConfig, DemoTenant};

use plugdesk_bench::options::{options, MIN_RECORDS, TOKEN};
use plugdesk_bench::results_file;
use plugdesk_bench::run_info::load_average;
use plugdesk_bench::walks::{interleaved, plain_loop, through_client, PER_PAGE};

use crate::report::{Report, MAX_RATIO};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let options = options()?;
    let op = operation("sessionsListing").context("sessionsListing is in the table")?;
    let demo = DemoTenant::start(DemoConfig {
        scale: options.scale,
        token: TOKEN.to_owned(),
        ..DemoConfig::default()
    })
    .await?;
    eprintln!(
        "demo tenant at {} (scale {}) built in {:.1?}",
        demo.url(),
        options.scale,
        demo.startup_time()
    );

    let tenant_startup = demo.startup_time();
    let client = Client::new(ClientConfig::new(
        Url::parse(demo.url())?,
        SecretString::from(TOKEN),
    ))?;
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(60))
        .build()?;
    let first_url = format!("{}{}?cursor=&per_page={PER_PAGE}", demo.url(), op.path);

    // One unmeasured pass each, so neither pays for opening connections or
    // for the tenant's first touches of its store.
    through_client(&client, op).await?;
    plain_loop(&http, first_url.clone(), TOKEN).await?;

    let load_before = load_average();
    let mut runs = Vec::new();
    for run in 0..options.runs {
        // Alternate the order so neither side always runs on a warmer machine.
        let (client_walk, plain_walk) = if run % 2 == 0 {
            let client_walk = through_client(&client, op).await?;
            (
                client_walk,
                plain_loop(&http, first_url.clone(), TOKEN).await?,
            )
        } else {
            let plain_walk = plain_loop(&http, first_url.clone(), TOKEN).await?;
            (through_client(&client, op).await?, plain_walk)
        };
        if client_walk.records != plain_walk.records || client_walk.pages != plain_walk.pages {
            bail!("the two walks read different listings: client {client_walk:?}, plain {plain_walk:?}");
        }
        if client_walk.records < MIN_RECORDS {
            bail!(
                "only {} records at scale {}; use a larger --scale",
                client_walk.records,
                options.scale
            );
        }
        eprintln!(
            "run {}: client {:.3?}, plain {:.3?}",
            run + 1,
            client_walk.elapsed,
            plain_walk.elapsed
        );
        runs.push((client_walk, plain_walk));
    }
    let mut interleaved_runs = Vec::new();
    for run in 0..options.runs {
        let (client_time, plain_time) =
            interleaved(&client, op, &http, first_url.clone(), TOKEN).await?;
        eprintln!(
            "interleaved run {}: client {client_time:.3?}, plain {plain_time:.3?}",
            run + 1
        );
        interleaved_runs.push((client_time, plain_time));
    }
    demo.shutdown().await;

    let report = Report {
        scale: options.scale,
        tenant_startup,
        runs,
        interleaved: interleaved_runs,
        load: (load_before, load_average()),
    };
    let markdown = report.markdown();
    println!("{markdown}");
    if options.write {
        let path = results_file::write_section(&markdown).context("writing bench/RESULTS.md")?;
        eprintln!("wrote {}", path.display());
    }
    if report.ratio() > MAX_RATIO {
        eprintln!(
            "the client took {:.3}× the plain loop, over the {MAX_RATIO}× target",
            report.ratio()
        );
    }
    Ok(())
}
