//! `demo-tenant`: serves the demo network on 127.0.0.1 until killed.

use clap::Parser;
use demo_tenant::{examples, DemoConfig, DemoTenant, FaultSettings};

#[derive(Parser)]
#[command(about = "An AMPECO-compatible demo tenant on 127.0.0.1")]
struct Args {
    /// Port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Volume multiplier: 60 charge points, 500 users and 3,000 sessions per unit.
    #[arg(long, default_value_t = 1)]
    scale: u64,
    /// Bearer token the tenant accepts.
    #[arg(long, default_value = "demo")]
    token: String,
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Share of requests answered 503, 0.0–1.0.
    #[arg(long, default_value_t = 0.0)]
    error_rate: f64,
    /// Share of connections closed without an answer, 0.0–1.0.
    #[arg(long, default_value_t = 0.0)]
    drop_rate: f64,
    /// Requests per second above which the answer is 429, e.g. `20/s`.
    #[arg(long, value_parser = parse_rate)]
    rate_limit: Option<u32>,
    /// Share of successful answers rewritten the way real tenants drift from
    /// the spec (unknown fields and values, numbers as text, nulls, gaps), 0.0–1.0.
    #[arg(long, default_value_t = 0.0)]
    drift_rate: f64,
    /// Print an example request for every operation (JSON, in an order safe to
    /// send one after another to a fresh tenant) and exit.
    #[arg(long)]
    print_examples: bool,
}

fn parse_rate(text: &str) -> Result<u32, String> {
    text.trim_end_matches("/s")
        .parse()
        .map_err(|_| format!("expected a rate like 20/s, got {text}"))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.print_examples {
        let plan = examples::example_plan(examples::DateSegments::RecordIds);
        println!("{}", serde_json::to_string_pretty(&plan)?);
        return Ok(());
    }
    let faults = FaultSettings {
        latency_ms: args.latency_ms,
        error_rate: args.error_rate,
        drop_rate: args.drop_rate,
        rate_limit: args.rate_limit,
        drift_rate: args.drift_rate,
    };
    let config = DemoConfig {
        seed: args.seed,
        scale: args.scale,
        token: args.token,
        faults,
    };
    let demo = DemoTenant::start_on(config, args.port).await?;
    println!("Demo tenant listening on {}", demo.url());
    eprintln!("started in {} ms", demo.startup_time().as_millis());
    tokio::signal::ctrl_c().await?;
    demo.shutdown().await;
    Ok(())
}
