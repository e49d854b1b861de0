//! The command line both listing benchmarks take, and the demo tenant they
//! start: `[--scale N] [--runs N] [--no-write]`.

use anyhow::{bail, Context};

/// The Bearer token of the benchmarks' own demo tenant.
pub const TOKEN: &str = "bench-token";
/// 3,000 sessions per unit: 51,000 sessions.
pub const DEFAULT_SCALE: u64 = 17;
/// A walk shorter than this does not measure what the results claim.
pub const MIN_RECORDS: u64 = 50_000;

pub struct Options {
    pub scale: u64,
    pub runs: usize,
    /// Whether to write the section of `bench/RESULTS.md` (else only print).
    pub write: bool,
}

/// Reads the options from the process's arguments.
pub fn options() -> anyhow::Result<Options> {
    let mut options = Options {
        scale: DEFAULT_SCALE,
        runs: 3,
        write: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> anyhow::Result<u64> {
            let value = args
                .next()
                .with_context(|| format!("{name} needs a number"))?;
            value
                .parse()
                .with_context(|| format!("{name}: `{value}` is not a number"))
        };
        match arg.as_str() {
            "--scale" => options.scale = number("--scale")?,
            "--runs" => options.runs = usize::try_from(number("--runs")?)?.max(1),
            "--no-write" => options.write = false,
            other => bail!("unknown argument `{other}`; use --scale N, --runs N, --no-write"),
        }
    }
    Ok(options)
}
