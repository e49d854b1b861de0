//! Exporting a whole listing to a file: every page, in the order the tenant
//! sends them, written as it arrives so memory stays flat for any length.
//! The file appears under its final name only when complete; a cancelled or
//! failed export leaves nothing behind.

use std::path::{Path, PathBuf};

use ampeco::{Operation, OperationRequest};
use futures_util::future::BoxFuture;
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
        on_progress: impl FnMut(ExportProgress) + Send,
    ) -> Result<ExportResult, SessionError> {
        let listing = Listing {
            op,
            request,
            extras: None,
        };
        self.export_checked(None, request_id, listing, format, dir, name, on_progress)
            .await
    }

    #[allow(clippy::too_many_arguments)] // each argument is one plain choice of the caller
    pub(crate) async fn export_checked(
        &self,
        expected: Option<u32>,
        request_id: &str,
        listing: Listing<'_>,
        format: ExportFormat,
        dir: &Path,
        name: &str,
        mut on_progress: impl FnMut(ExportProgress) + Send,
    ) -> Result<ExportResult, SessionError> {
        let Listing {
            op,
            request,
            mut extras,
        } = listing;
        let tenant = self.active_as_expected(expected)?;
        let guard = self
            .in_flight
            .begin(request_id)
            .ok_or(SessionError::AlreadyInFlight)?;
        let base = export_base_name(name);
        std::fs::create_dir_all(dir).map_err(|error| file_error(dir, error))?;
        // A fresh, randomly named temporary file (created with `create_new`): two
        // exports of the same listing in the same second never share one. It is
        // removed on every way out except success.
        let partial = tempfile::Builder::new()
            .prefix(&format!(".{base}-"))
            .suffix(&format!(".{}.part", format.extension()))
            .tempfile_in(dir)
            .map_err(|error| file_error(dir, error))?;
        let file = partial
            .as_file()
            .try_clone()
            .map_err(|error| file_error(partial.path(), error))?;
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
            let mut page = page?;
            // Secrets of other systems (passwords, PINs, keys) are never exported.
            page.records
                .iter_mut()
                .for_each(ampeco::secrets::mask_in_place);
            if let Some(extras) = extras.as_mut() {
                tokio::select! {
                    biased;
                    () = guard.token.cancelled() => return Err(ampeco::Error::Cancelled.into()),
                    added = extras.add(self, tenant.view.generation, &mut page.records) => added?,
                }
            }
            sink.write_page(&page.records)
                .map_err(|error| file_error(partial.path(), error))?;
            progress.pages += 1;
            progress.records += u32::try_from(page.records.len()).unwrap_or(u32::MAX);
            if progress.total.is_none() {
                progress.total = page.total.and_then(|total| u32::try_from(total).ok());
            }
            on_progress(progress);
        }
        sink.finish()
            .map_err(|error| file_error(partial.path(), error))?;
        drop(sink);
        let target = keep_under_free_name(partial, dir, &base, format)?;
        Ok(ExportResult {
            path: target.display().to_string(),
            records: progress.records,
            format,
        })
    }
}

/// The listing an export walks: its operation, the filters of the first page,
/// and what to add to each page before it is written.
pub struct Listing<'a> {
    pub op: &'static Operation,
    pub request: OperationRequest,
    pub extras: Option<Box<dyn PageExtras + 'a>>,
}

/// Fields added to each page's records before they are written (the names of
/// the records they refer to), by work that knows more than the listing.
pub trait PageExtras: Send {
    /// Adds fields to `records`, asking the tenant through `session` on the
    /// connection `generation`.
    fn add<'a>(
        &'a mut self,
        session: &'a Session,
        generation: u32,
        records: &'a mut Vec<serde_json::Value>,
    ) -> BoxFuture<'a, Result<(), SessionError>>;
}

impl crate::TenantCalls<'_> {
    /// [`Session::export_listing`], refused when another connection is active.
    pub async fn export_listing(
        &self,
        request_id: &str,
        listing: Listing<'_>,
        format: ExportFormat,
        dir: &Path,
        name: &str,
        on_progress: impl FnMut(ExportProgress) + Send,
    ) -> Result<ExportResult, SessionError> {
        self.session
            .export_checked(
                Some(self.generation),
                request_id,
                listing,
                format,
                dir,
                name,
                on_progress,
            )
            .await
    }
}

/// `<name>-<YYYY-MM-DD-HHMMSS>`, with the name reduced to letters, digits and dashes.
fn export_base_name(name: &str) -> String {
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
    format!(
        "{stem}-{:04}-{:02}-{:02}-{:02}{:02}{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

/// Gives the finished file `<dir>/<base>.<ext>`, or `<base>-2.<ext>`… when that
/// exists; never replaces a file, even one another export finished a moment ago.
fn keep_under_free_name(
    mut partial: tempfile::NamedTempFile,
    dir: &Path,
    base: &str,
    format: ExportFormat,
) -> Result<PathBuf, SessionError> {
    let extension = format.extension();
    for counter in 1..10_000 {
        let target = match counter {
            1 => dir.join(format!("{base}.{extension}")),
            n => dir.join(format!("{base}-{n}.{extension}")),
        };
        match partial.persist_noclobber(&target) {
            Ok(_) => return Ok(target),
            Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => {
                partial = error.file;
            }
            Err(error) => return Err(file_error(&target, error.error)),
        }
    }
    Err(file_error(
        dir,
        std::io::Error::other("no free file name is left for this export"),
    ))
}

fn file_error(path: &Path, error: std::io::Error) -> SessionError {
    SessionError::ExportFile(format!(
        "{} ({error}). Check that the folder exists and you may write to it.",
        path.display()
    ))
}
