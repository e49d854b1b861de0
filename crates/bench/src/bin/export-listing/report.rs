//! The export benchmark's section of `bench/RESULTS.md`.

use std::fmt::Write;

use plugdesk_bench::run_info::{commit, load_text, machine, mebibytes, now};
use plugdesk_bench::walks::{Walk, PER_PAGE};

use crate::exports::Export;

/// "Flat": the export may hold at most this much more memory than walking
/// the same pages without writing. Collecting the records instead would grow
/// by about the size of the file, over 100 MiB at 50,000 sessions.
pub const MAX_EXTRA_BYTES: u64 = 16 * 1024 * 1024;

pub struct Run {
    pub walk: Walk,
    pub jsonl: Export,
    pub csv: Export,
}

pub struct Report {
    pub scale: u64,
    pub runs: Vec<Run>,
    /// The 1-minute load average before and after the runs.
    pub load: (Option<f64>, Option<f64>),
}

impl Report {
    fn median(&self, growth: impl Fn(&Run) -> u64) -> u64 {
        let mut values: Vec<u64> = self.runs.iter().map(growth).collect();
        values.sort_unstable();
        values.get(values.len() / 2).copied().unwrap_or_default()
    }

    pub fn walk_growth(&self) -> u64 {
        self.median(|run| run.walk.memory_growth)
    }

    pub fn export_growth(&self) -> u64 {
        self.median(|run| run.jsonl.memory_growth.max(run.csv.memory_growth))
    }

    pub fn flat(&self) -> bool {
        self.export_growth() <= self.walk_growth() + MAX_EXTRA_BYTES
    }

    pub fn markdown(&self) -> String {
        let records = self.runs.first().map_or(0, |run| run.walk.records);
        let mut out = String::from("## Export memory\n\n");
        let _ = writeln!(
            out,
            "Exports every record of `sessionsListing` ({records} records, pages of {PER_PAGE}) from the demo tenant (scale {}, served in the same process on loopback) through `Session::export_listing`, the path of the app's Export button, once as JSON Lines and once as CSV into a scratch folder. The baseline, in the same process and run, is `ampeco::Client::pages` walking the same pages without writing. Memory growth is the peak resident size above the level at the start, read from `/proc/self/statm` after every page. Each run takes the three in a different order; figures are medians of {} runs.\n",
            self.scale,
            self.runs.len()
        );
        let _ = writeln!(out, "- Date: {}", now());
        let _ = writeln!(out, "- Machine: {}", machine());
        let _ = writeln!(
            out,
            "- Commit: {}",
            commit(&[
                "crates/ampeco",
                "crates/session",
                "crates/record-export",
                "crates/bench"
            ])
        );
        let _ = writeln!(
            out,
            "- Load average (1 min) before / after the runs: {} / {}\n",
            load_text(self.load.0),
            load_text(self.load.1)
        );
        out.push_str("| Run | Walk growth | JSON Lines growth | CSV growth | JSON Lines file | CSV file | Walk | JSON Lines export | CSV export |\n");
        out.push_str("|---|---|---|---|---|---|---|---|---|\n");
        for (index, run) in self.runs.iter().enumerate() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {:.2} s | {:.2} s | {:.2} s |",
                index + 1,
                mebibytes(run.walk.memory_growth),
                mebibytes(run.jsonl.memory_growth),
                mebibytes(run.csv.memory_growth),
                mebibytes(run.jsonl.file_bytes),
                mebibytes(run.csv.file_bytes),
                run.walk.elapsed.as_secs_f64(),
                run.jsonl.elapsed.as_secs_f64(),
                run.csv.elapsed.as_secs_f64(),
            );
        }
        let verdict = if self.flat() {
            "flat: within"
        } else {
            "NOT flat: over"
        };
        let _ = writeln!(
            out,
            "\n**Median memory growth: export {} (the larger of the two formats), walk without writing {} — {verdict} {} above the walk.** The files hold {} (JSON Lines); memory that tracked the records written would grow by about as much.\n",
            mebibytes(self.export_growth()),
            mebibytes(self.walk_growth()),
            mebibytes(MAX_EXTRA_BYTES),
            mebibytes(self.runs.first().map_or(0, |run| run.jsonl.file_bytes)),
        );
        out.push_str("Run it (not part of `npm test`):\n\n```\ncargo run --release -p plugdesk-bench --bin export-listing\n```\n\nOptions: `--scale N` (3,000 sessions per unit; default 17), `--runs N` (default 3), `--no-write` (print only).\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    const MIB: u64 = 1024 * 1024;

    fn run(walk: u64, jsonl: u64, csv: u64) -> Run {
        let export = |growth| Export {
            records: 51_000,
            elapsed: Duration::from_secs(8),
            memory_growth: growth * MIB,
            file_bytes: 40 * MIB,
        };
        Run {
            walk: Walk {
                records: 51_000,
                pages: 510,
                elapsed: Duration::from_secs(7),
                memory_growth: walk * MIB,
            },
            jsonl: export(jsonl),
            csv: export(csv),
        }
    }

    #[test]
    fn medians_take_the_larger_format_and_judge_against_the_walk() {
        let report = Report {
            scale: 17,
            runs: vec![run(1, 2, 3), run(1, 40, 1), run(2, 2, 2)],
            load: (Some(1.0), None),
        };
        assert_eq!(report.walk_growth(), MIB);
        assert_eq!(report.export_growth(), 3 * MIB);
        assert!(report.flat());
        assert!(report.markdown().starts_with("## Export memory\n"));
        assert!(report
            .markdown()
            .contains("| 2 | 1.0 MiB | 40.0 MiB | 1.0 MiB |"));

        let growing = Report {
            scale: 17,
            runs: vec![run(1, 30, 30)],
            load: (None, None),
        };
        assert!(!growing.flat());
    }
}
