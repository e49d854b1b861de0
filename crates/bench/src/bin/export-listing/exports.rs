//! One measured export through the app's own path, `Session::export_listing`.

use std::path::Path;
use std::time::{Duration, Instant};

use ampeco::{Operation, OperationRequest, QueryInput};
use anyhow::Context;
use plugdesk_bench::memory::PeakGrowth;
use plugdesk_bench::walks::PER_PAGE;
use session::{ExportFormat, Session};

/// What one export took and wrote.
#[derive(Debug, Clone, Copy)]
pub struct Export {
    pub records: u64,
    pub elapsed: Duration,
    /// Peak resident memory above the level at the start, sampled after every page.
    pub memory_growth: u64,
    pub file_bytes: u64,
}

/// Exports the whole listing into `dir` as the app does, then deletes the file.
pub async fn export_once(
    session: &Session,
    op: &'static Operation,
    format: ExportFormat,
    dir: &Path,
) -> anyhow::Result<Export> {
    let request = OperationRequest {
        query: QueryInput {
            per_page: Some(PER_PAGE),
            ..QueryInput::default()
        },
        ..OperationRequest::default()
    };
    let mut memory = PeakGrowth::start();
    let started = Instant::now();
    let result = session
        .export_listing("bench-export", op, request, format, dir, "Sessions", |_| {
            memory.sample();
        })
        .await
        .context("the export")?;
    let elapsed = started.elapsed();
    memory.sample();
    let file_bytes = std::fs::metadata(&result.path)
        .with_context(|| format!("reading the size of {}", result.path))?
        .len();
    std::fs::remove_file(&result.path).ok();
    Ok(Export {
        records: u64::from(result.records),
        elapsed,
        memory_growth: memory.growth_bytes(),
        file_bytes,
    })
}
