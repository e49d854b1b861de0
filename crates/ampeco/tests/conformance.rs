//! Every operation of the table, sent through the client to a Prism mock of the
//! vendor's spec, twice: with the minimal example request and with the full one
//! (every optional field, filter and include filled). Each must get a declared
//! success status and no request-side entry in Prism's `sl-violations` header.
//!
//! Cases that cannot pass because the spec contradicts itself are listed in
//! `codegen::fixups::CONFORMANCE_EXCEPTIONS`; the test checks that they still
//! fail, so an entry is removed as soon as the vendor fixes the defect.
//!
//! Needs the spec under `../shared/spec/` and `node_modules/.bin/prism`
//! (`npm ci`); without them it prints why and checks nothing.

mod conformance_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ampeco::generated::OPERATIONS;
use ampeco::{Client, ClientConfig, RetryPolicy, SecretString};
use codegen::examples::{examples, Fill};
use codegen::fixups::{conformance_exception, CONFORMANCE_EXCEPTIONS};
use codegen::output::{default_spec_dir, newest_spec_in};
use codegen::spec::Spec;
use conformance_support::cases::{operation_request, run, Case, Verdict};
use conformance_support::prism::PrismMock;
use conformance_support::relay::Relay;

/// Requests in flight at once: enough to keep Prism busy on two cores.
const WORKERS: usize = 8;
/// Prism sometimes never answers; a case that takes this long fails by name.
const RELAY_TIMEOUT: Duration = Duration::from_secs(15);
const CLIENT_TIMEOUT: Duration = Duration::from_secs(20);

fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the crate sits two levels below the repository root")
}

#[test]
fn every_operation_conforms_to_the_spec() {
    let Some(spec_path) = newest_spec_in(&default_spec_dir()) else {
        println!(
            "conformance: skipped, no vendor spec (*.json) in {}",
            default_spec_dir().display()
        );
        return;
    };
    let prism = repository_root().join("node_modules/.bin/prism");
    if !prism.is_file() {
        println!(
            "conformance: skipped, {} is missing (run `npm ci` at the repository root)",
            prism.display()
        );
        return;
    }

    let cases = all_cases(&spec_path);
    let mock = PrismMock::start(&prism, &spec_path).unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let verdicts = runtime.block_on(run_all(mock.address.to_string(), cases));
    drop(mock);
    println!(
        "conformance: {} requests in {:.1?}",
        verdicts.len(),
        started.elapsed()
    );
    judge(&verdicts);
}

/// Both example requests of every operation in the table.
fn all_cases(spec_path: &Path) -> Vec<Case> {
    let spec = Spec::load(spec_path).unwrap_or_else(|e| panic!("the spec loads: {e}"));
    let examples = examples(&spec);
    assert_eq!(
        examples.len(),
        OPERATIONS.len(),
        "the spec and the committed operation table differ; run `npm run generate`"
    );
    for exception in CONFORMANCE_EXCEPTIONS {
        assert!(
            examples.contains_key(exception.operation),
            "conformance exception for unknown operation `{}`",
            exception.operation
        );
    }
    let mut cases = Vec::new();
    for op in OPERATIONS {
        let example = examples
            .get(op.id)
            .unwrap_or_else(|| panic!("`{}` is not in the spec; run `npm run generate`", op.id));
        for (fill, request) in [
            (Fill::Minimal, &example.minimal),
            (Fill::Full, &example.full),
        ] {
            cases.push(Case {
                op,
                fill,
                request: operation_request(request),
            });
        }
    }
    cases
}

type Outcome = ((&'static str, Fill), Verdict);

/// Sends every case with [`WORKERS`] sequential workers, each with its own relay.
async fn run_all(
    prism_address: String,
    cases: Vec<Case>,
) -> BTreeMap<(&'static str, Fill), Verdict> {
    let queue = Arc::new(Mutex::new(cases));
    let mut workers = Vec::new();
    for _ in 0..WORKERS {
        let queue = Arc::clone(&queue);
        let relay = Relay::start(format!("http://{prism_address}"), RELAY_TIMEOUT).await;
        let mut config = ClientConfig::new(relay.url.clone(), SecretString::from("conformance"));
        config.retry = RetryPolicy::never();
        config.connect_timeout = Duration::from_secs(5);
        config.request_timeout = CLIENT_TIMEOUT;
        let client = Client::new(config).expect("a client for the relay");
        workers.push(tokio::spawn(async move {
            let mut outcomes: Vec<Outcome> = Vec::new();
            loop {
                let next = queue.lock().expect("not poisoned").pop();
                let Some(case) = next else { break };
                let key = (case.op.id, case.fill);
                outcomes.push((key, run(&client, &relay, case).await));
            }
            outcomes
        }));
    }
    let mut verdicts = BTreeMap::new();
    for worker in workers {
        verdicts.extend(worker.await.expect("a worker does not panic"));
    }
    verdicts
}

/// Prints the counts and fails on any unlisted failure or any listed case that passes.
fn judge(verdicts: &BTreeMap<(&'static str, Fill), Verdict>) {
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    let mut passed = BTreeMap::from([(Fill::Minimal, 0), (Fill::Full, 0)]);
    for (&(id, fill), verdict) in verdicts {
        let exception = conformance_exception(id, fill);
        match (verdict, exception) {
            (None, None) => *passed.entry(fill).or_default() += 1,
            (None, Some(_)) => now_passing.push(format!("{id} ({fill:?})")),
            (Some(reason), None) => unexpected.push(format!("{id} ({fill:?}): {reason}")),
            (Some(reason), Some(exception)) => println!(
                "conformance: EXCEPTION {id} ({fill:?}) fails as listed, spec defect: {}\n    {reason}",
                exception.defect
            ),
        }
    }
    println!(
        "conformance: {}/{} operations passed (minimal), {}/{} (full), {} listed exceptions",
        passed[&Fill::Minimal],
        OPERATIONS.len(),
        passed[&Fill::Full],
        OPERATIONS.len(),
        CONFORMANCE_EXCEPTIONS.len()
    );
    assert!(
        now_passing.is_empty(),
        "listed conformance exceptions now pass; remove them from CONFORMANCE_EXCEPTIONS in crates/codegen/src/fixups.rs:\n  {}",
        now_passing.join("\n  ")
    );
    assert!(
        unexpected.is_empty(),
        "{} requests did not conform to the spec:\n  {}",
        unexpected.len(),
        unexpected.join("\n  ")
    );
}
