//! The `fetch-all` command's output: records as JSON lines or CSV, written
//! page by page as they arrive, so memory stays flat and a pipe sees progress.

use std::io::Write;

use ampeco::operation::Operation;
use ampeco::{Client, OperationRequest};
use futures_util::TryStreamExt;
use record_export::{ExportFormat, RecordSink};

use crate::args::Format;
use crate::failure::Failure;

/// Writes every record of the listing to `out`; returns how many were written.
pub async fn fetch_all(
    client: &Client,
    op: &'static Operation,
    request: OperationRequest,
    format: Format,
    out: impl Write,
) -> Result<u64, Failure> {
    let format = match format {
        Format::Jsonl => ExportFormat::JsonLines,
        Format::Csv => ExportFormat::Csv,
    };
    let mut sink = RecordSink::new(format, out);
    let mut pages = std::pin::pin!(client.pages(op, request));
    let mut written = 0;
    while let Some(mut page) = pages.try_next().await? {
        // Secrets of other systems (passwords, PINs, keys) are never exported.
        page.records
            .iter_mut()
            .for_each(ampeco::secrets::mask_in_place);
        sink.write_page(&page.records)?;
        written += page.records.len() as u64;
    }
    Ok(written)
}
