//! `bench/RESULTS.md`: the figures of one benchmark run, with when, where
//! and on which commit they were taken.

use std::fmt::Write;
use std::time::Duration;

use plugdesk_bench::run_info::{commit, load_text, machine, mebibytes, median, now};
use plugdesk_bench::walks::{Walk, PER_PAGE};

/// The target: the client may cost at most this much over a plain loop.
pub const MAX_RATIO: f64 = 1.15;

pub struct Report {
    pub scale: u64,
    pub tenant_startup: Duration,
    /// `(client, plain)` per run, in run order.
    pub runs: Vec<(Walk, Walk)>,
    /// `(client, plain)` summed per page when the two ways alternate page by page.
    pub interleaved: Vec<(Duration, Duration)>,
    /// The 1-minute load average before and after the runs (`/proc/loadavg`).
    pub load: (Option<f64>, Option<f64>),
}

impl Report {
    pub fn median_client(&self) -> Duration {
        median(self.runs.iter().map(|(client, _)| client.elapsed).collect())
    }

    pub fn median_plain(&self) -> Duration {
        median(self.runs.iter().map(|(_, plain)| plain.elapsed).collect())
    }

    pub fn ratio(&self) -> f64 {
        self.median_client().as_secs_f64() / self.median_plain().as_secs_f64()
    }

    /// Median of the per-run ratios of the page-by-page comparison.
    pub fn interleaved_ratio(&self) -> Option<f64> {
        let mut ratios: Vec<f64> = self
            .interleaved
            .iter()
            .map(|(client, plain)| client.as_secs_f64() / plain.as_secs_f64())
            .collect();
        ratios.sort_by(f64::total_cmp);
        ratios.get(ratios.len() / 2).copied()
    }

    pub fn markdown(&self) -> String {
        let first = self.runs.first().map(|(client, _)| client);
        let records = first.map_or(0, |w| w.records);
        let pages = first.map_or(0, |w| w.pages);
        let ratio = self.ratio();
        let mut out = String::from("## Client pagination\n\n");
        let _ = writeln!(
            out,
            "Reads every page of `sessionsListing` ({records} records, {pages} pages of {PER_PAGE}) from the demo tenant (scale {}, served in the same process on loopback) through `ampeco::Client::pages`, and in the same run through a plain sequential `reqwest` loop over the same pages (empty cursor, then `links.next`). Runs alternate which goes first; figures are medians of {} runs.\n",
            self.scale,
            self.runs.len()
        );
        let _ = writeln!(out, "- Date: {}", now());
        let _ = writeln!(out, "- Machine: {}", machine());
        let _ = writeln!(
            out,
            "- Commit: {}",
            commit(&["crates/ampeco", "crates/bench"])
        );
        let _ = writeln!(
            out,
            "- Load average (1 min) before / after the runs: {} / {} (other builds shared the machine when above the core count)",
            load_text(self.load.0),
            load_text(self.load.1)
        );
        let _ = writeln!(
            out,
            "- Demo tenant built in {:.1} s\n",
            self.tenant_startup.as_secs_f64()
        );
        out.push_str(
            "| Run | Client | Plain loop | Ratio | Client memory growth | Plain memory growth |\n",
        );
        out.push_str("|---|---|---|---|---|---|\n");
        for (index, (client, plain)) in self.runs.iter().enumerate() {
            let _ = writeln!(
                out,
                "| {} | {:.3} s | {:.3} s | {:.3}× | {} | {} |",
                index + 1,
                client.elapsed.as_secs_f64(),
                plain.elapsed.as_secs_f64(),
                client.elapsed.as_secs_f64() / plain.elapsed.as_secs_f64(),
                mebibytes(client.memory_growth),
                mebibytes(plain.memory_growth),
            );
        }
        let verdict = if ratio <= MAX_RATIO { "within" } else { "OVER" };
        let _ = writeln!(
            out,
            "\n**Median: client {:.3} s, plain loop {:.3} s, ratio {ratio:.3}× ({verdict} the {MAX_RATIO}× target).** Memory growth is the peak resident size above the level at the start of the walk, read from `/proc/self/statm` after every page; it stays flat when records are streamed rather than collected.\n",
            self.median_client().as_secs_f64(),
            self.median_plain().as_secs_f64(),
        );
        if let Some(ratio) = self.interleaved_ratio() {
            out.push_str("Whole walks are exposed to load from other work on the machine, which shifts from one walk to the next. The page-by-page comparison fetches each page through the client and with a plain GET, timing each and taking turns at going first, so both sides see the same load:\n\n");
            out.push_str("| Run | Client | Plain loop | Ratio |\n|---|---|---|---|\n");
            for (index, (client, plain)) in self.interleaved.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "| {} | {:.3} s | {:.3} s | {:.3}× |",
                    index + 1,
                    client.as_secs_f64(),
                    plain.as_secs_f64(),
                    client.as_secs_f64() / plain.as_secs_f64()
                );
            }
            let _ = writeln!(out, "\n**Page by page: median ratio {ratio:.3}×.**\n");
        }
        out.push_str("Run it (not part of `npm test`):\n\n```\ncargo run --release -p plugdesk-bench --bin client-pagination\n```\n\nOptions: `--scale N` (3,000 sessions per unit; default 17), `--runs N` (default 3), `--no-write` (print only).\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(millis: u64) -> Walk {
        Walk {
            records: 51_000,
            pages: 510,
            elapsed: Duration::from_millis(millis),
            memory_growth: 0,
        }
    }

    #[test]
    fn medians_and_the_ratio_ignore_one_outlier() {
        let report = Report {
            scale: 17,
            tenant_startup: Duration::from_secs(2),
            runs: vec![
                (walk(1100), walk(1000)),
                (walk(9000), walk(1050)),
                (walk(1150), walk(990)),
            ],
            interleaved: vec![
                (Duration::from_millis(1010), Duration::from_millis(1000)),
                (Duration::from_millis(1300), Duration::from_millis(1000)),
                (Duration::from_millis(1020), Duration::from_millis(1000)),
            ],
            load: (Some(1.0), None),
        };
        assert_eq!(report.median_client(), Duration::from_millis(1150));
        assert_eq!(report.median_plain(), Duration::from_millis(1000));
        assert!((report.ratio() - 1.15).abs() < 1e-9);
        assert!(report.markdown().contains("| 2 | 9.000 s | 1.050 s |"));
        assert!((report.interleaved_ratio().unwrap() - 1.02).abs() < 1e-9);
    }
}
