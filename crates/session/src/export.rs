//! Exporting a whole listing to a file: every page, in the order the tenant
//! sends them, written as it arrives so memory stays flat for any length.
//! The file appears under its final name only when complete; a cancelled or
//! failed export leaves nothing behind.

use std::fs::File;
use std::path::{Path, PathBuf};

use ampeco::{Operation, OperationRequest};
use futures_util::StreamExt;
use record_export::{ExportFormat, RecordSink};
use serde::Serialize;
use time::OffsetDateTime;

use crate::{Session, SessionError};

/// How far an export has come, sent after every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ExportProgress {
    pub records: u32,
    pub pages: u32,
    /// The listing's total, when the tenant tells it.
    pub total: Option<u32>,
}

/// A finished export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ExportResult {
    /// Where the file was saved.
    pub path: String,
    pub records: u32,
    pub format: ExportFormat,
}

impl Session {
    /// Writes every record of the listing `op` into a new file in `dir`, named
    /// after `name` and the time. Cancel it with [`Session::cancel`] and `request_id`.
    #[allow(clippy::too_many_arguments)] // each argument is one plain choice of the caller
    pub async fn export_listing(
        &self,
        request_id: &str,
        op: &'static Operation,
        request: OperationRequest,
        format: ExportFormat,
        dir: &Path,
        name: &str,
        mut on_progress: impl FnMut(ExportProgress) + Send,
    ) -> Result<ExportResult, SessionError> {
        let tenant = self.active().ok_or(SessionError::NotConnected)?;
        let guard = self
            .in_flight
            .begin(request_id)
            .ok_or(SessionError::AlreadyInFlight)?;
        let target = unique_path(dir, name, format)?;
        let partial = target.with_extension(format!("{}.part", format.extension()));
        let file = File::create(&partial).map_err(|error| file_error(&partial, error))?;
        // Removes the partial file on every way out except success.
        let mut cleanup = PartialFile(Some(partial.clone()));
        let mut sink = RecordSink::new(format, file);
        let mut progress = ExportProgress {
            records: 0,
            pages: 0,
            total: None,
        };
        let mut pages = std::pin::pin!(tenant.client.pages(op, request));
        loop {
            let next = tokio::select! {
                biased;
                () = guard.token.cancelled() => return Err(ampeco::Error::Cancelled.into()),
                next = pages.next() => next,
            };
            let Some(page) = next else { break };
            let page = page?;
            sink.write_page(&page.records)
                .map_err(|error| file_error(&partial, error))?;
            progress.pages += 1;
            progress.records += u32::try_from(page.records.len()).unwrap_or(u32::MAX);
            if progress.total.is_none() {
                progress.total = page.total.and_then(|total| u32::try_from(total).ok());
            }
            on_progress(progress);
        }
        drop(sink);
        std::fs::rename(&partial, &target).map_err(|error| file_error(&target, error))?;
        cleanup.0 = None;
        Ok(ExportResult {
            path: target.display().to_string(),
            records: progress.records,
            format,
        })
    }
}

struct PartialFile(Option<PathBuf>);

impl Drop for PartialFile {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            std::fs::remove_file(path).ok();
        }
    }
}

/// `<dir>/<name>-<YYYY-MM-DD-HHMMSS>.<ext>`, with a counter if that exists.
fn unique_path(dir: &Path, name: &str, format: ExportFormat) -> Result<PathBuf, SessionError> {
    std::fs::create_dir_all(dir).map_err(|error| file_error(dir, error))?;
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = if stem.trim_matches('-').is_empty() {
        "export".to_owned()
    } else {
        stem
    };
    let now = OffsetDateTime::now_utc();
    let stamp = format!(
        "{:04}-{:02}-{:02}-{:02}{:02}{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    let extension = format.extension();
    let mut candidate = dir.join(format!("{stem}-{stamp}.{extension}"));
    let mut counter = 2;
    while candidate.exists() {
        candidate = dir.join(format!("{stem}-{stamp}-{counter}.{extension}"));
        counter += 1;
    }
    Ok(candidate)
}

fn file_error(path: &Path, error: std::io::Error) -> SessionError {
    SessionError::ExportFile(format!(
        "{} ({error}). Check that the folder exists and you may write to it.",
        path.display()
    ))
}
