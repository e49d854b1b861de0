//! `cargo run --release -p plugdesk-bench --bin export-listing -- [--scale N] [--runs N] [--no-write]`
//!
//! Exports a listing of at least 50,000 records from the demo tenant through
//! `Session::export_listing` (what the app's Export button runs), as JSON Lines
//! and as CSV, and measures how far the process's resident memory rises. The
//! baseline, in the same process and run, is the client walking the same
//! pages without writing anything. Writes its section of `bench/RESULTS.md`.

mod exports;
mod report;

use std::path::PathBuf;

use ampeco::generated::operation;
use ampeco::{Client, ClientConfig, SecretString, Url};
use anyhow::{bail, Context};
use demo_tenant::{DemoConfig, DemoTenant};
use plugdesk_bench::options::{options, MIN_RECORDS, TOKEN};
use plugdesk_bench::results_file;
use plugdesk_bench::run_info::load_average;
use plugdesk_bench::walks::through_client;
use session::{ActiveTenant, ExportFormat, Session, TenantView};

use crate::exports::export_once;
use crate::report::{Report, Run};

/// A folder of its own under the system's temporary folder, removed on drop.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn new() -> anyhow::Result<ScratchDir> {
        let path =
            std::env::temp_dir().join(format!("plugdesk-bench-export-{}", std::process::id()));
        std::fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(ScratchDir(path))
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

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
    let client = Client::new(ClientConfig::new(
        Url::parse(demo.url())?,
        SecretString::from(TOKEN),
    ))?;
    // The session the app's export command goes through, connected the way a
    // saved profile is.
    let session = Session::new();
    session.activate(ActiveTenant {
        view: TenantView {
            profile_id: None,
            name: "Benchmark tenant".to_owned(),
            tenant_url: demo.url().to_owned(),
            color: "gray".to_owned(),
            read_only: true,
            demo: false,
            // Set by `Session::activate`.
            generation: 0,
        },
        client: client.clone(),
    });
    let scratch = ScratchDir::new()?;

    // One unmeasured pass of each, so none pays for opening connections, the
    // tenant's first touches of its store or the allocator's first growth.
    through_client(&client, op).await?;
    export_once(&session, op, ExportFormat::JsonLines, &scratch.0).await?;

    let load_before = load_average();
    let mut runs = Vec::new();
    for run in 0..options.runs {
        // Each run takes the three in a different order, so none always runs
        // on a warmer machine or after the same neighbour.
        let mut walk = None;
        let mut jsonl = None;
        let mut csv = None;
        for step in 0..3 {
            match (step + run) % 3 {
                0 => walk = Some(through_client(&client, op).await?),
                1 => {
                    jsonl =
                        Some(export_once(&session, op, ExportFormat::JsonLines, &scratch.0).await?);
                }
                _ => csv = Some(export_once(&session, op, ExportFormat::Csv, &scratch.0).await?),
            }
        }
        let (Some(walk), Some(jsonl), Some(csv)) = (walk, jsonl, csv) else {
            unreachable!("each of the three ran once");
        };
        if walk.records < MIN_RECORDS {
            bail!(
                "only {} records at scale {}; use a larger --scale",
                walk.records,
                options.scale
            );
        }
        for export in [&jsonl, &csv] {
            if export.records != walk.records {
                bail!(
                    "the export wrote {} records, the walk read {}",
                    export.records,
                    walk.records
                );
            }
        }
        eprintln!(
            "run {}: walk {:.1} MiB, JSON Lines {:.1} MiB, CSV {:.1} MiB (memory growth)",
            run + 1,
            walk.memory_growth as f64 / 1_048_576.0,
            jsonl.memory_growth as f64 / 1_048_576.0,
            csv.memory_growth as f64 / 1_048_576.0,
        );
        runs.push(Run { walk, jsonl, csv });
    }
    demo.shutdown().await;

    let report = Report {
        scale: options.scale,
        runs,
        load: (load_before, load_average()),
    };
    let markdown = report.markdown();
    println!("{markdown}");
    if options.write {
        let path = results_file::write_section(&markdown).context("writing bench/RESULTS.md")?;
        eprintln!("wrote {}", path.display());
    }
    if !report.flat() {
        eprintln!("the export's memory grew by more than the target allows; see the table");
    }
    Ok(())
}
