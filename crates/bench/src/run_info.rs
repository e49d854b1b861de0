//! When, where and on which commit a benchmark ran, and the small figures
//! every report prints the same way.

use std::time::Duration;

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// The 1-minute load average: above the core count, other work was competing.
pub fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

pub fn load_text(value: Option<f64>) -> String {
    value.map_or("unknown".to_owned(), |load| format!("{load:.1}"))
}

pub fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values.get(values.len() / 2).copied().unwrap_or_default()
}

pub fn mebibytes(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

pub fn now() -> String {
    OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| "unknown".into())
}

/// "2 cores, <CPU model>, Linux": what decides the figures.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(|name| name.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cores} cores, {model}, {}", std::env::consts::OS)
}

/// The commit the binary was run from, marked when the tree had changes in
/// `measured` (paths from the repository root: the code under test and the
/// benchmark itself).
pub fn commit(measured: &[&str]) -> String {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    };
    let Some(hash) = git(&["rev-parse", "--short", "HEAD"]) else {
        return "unknown".into();
    };
    let root = git(&["rev-parse", "--show-toplevel"]).unwrap_or_default();
    let mut args = vec!["-C", root.as_str(), "status", "--porcelain", "--"];
    args.extend_from_slice(measured);
    let dirty = git(&args).is_some_and(|changes| !changes.is_empty());
    if dirty {
        format!("{hash} (with uncommitted changes to the measured code or the benchmark)")
    } else {
        hash
    }
}
