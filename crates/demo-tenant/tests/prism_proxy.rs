//! The demo tenant's answers checked by an independent validator: Prism in
//! proxy mode sits in front of it, every one of the operations is sent
//! through Prism once, and Prism reports in the `sl-violations` header where
//! a request or an answer breaks the vendor spec.
//!
//! Skipped, with the reason printed, when the vendor spec or the Prism CLI
//! (`npm install` at the workspace root) is absent.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ampeco::generated::OPERATIONS;
use ampeco::operation::{Operation, OperationKind};
use ampeco::request::build_url;
use ampeco::{OperationRequest, Url};
use common::{start, TOKEN};
use demo_tenant::examples::{example_requests, DateSegments};
use futures_util::stream::{self, StreamExt};
use serde::Deserialize;

/// Requests in flight through Prism at once.
const CONCURRENCY: usize = 8;
/// Per request; Prism never answers some malformed input at all.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// Prism loads the spec in about 3 s on an idle machine.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);

/// Violations Prism reports although the demo follows the spec, because
/// the spec contradicts itself or Prism's own validation is wrong there.
struct KnownDefect {
    /// The operations it shows on; empty for every operation.
    operations: &'static [&'static str],
    /// Fragments of Prism's message, any of which identifies it.
    messages: &'static [&'static str],
    reason: &'static str,
}

const PAYMENT_TERMINALS: &[&str] = &[
    "createPaymentTerminal",
    "getPaymentTerminal",
    "updatePaymentTerminal",
];

/// Every known defect; each is checked to still fire, so an entry goes stale
/// loudly once the spec or Prism is fixed. Every 2xx body is also checked
/// without Prism, against the converted response schemas, by `tests/sweep.rs`.
static KNOWN_DEFECTS: &[KnownDefect] = &[
    KnownDefect {
        operations: &[],
        messages: &["must match format \"time\""],
        reason: "times of day are `format: time` (RFC 3339 `HH:MM:SS`), but the spec's own \
                 examples, and the vendor's answers, use `HH:MM`; the demo and the example \
                 requests follow the examples",
    },
    KnownDefect {
        operations: &[
            "chargePointAvailablePersonalSmartChargingModesListing",
            "chargePointPersonalSmartChargingPreferencesRead",
            "chargePointSmartChargingUpdate",
        ],
        messages: &[
            "must match exactly one schema in oneOf",
            "must match a schema in anyOf",
            "must have required property",
            "must be equal to one of the allowed values",
        ],
        reason: "the one `oneOf`/`anyOf` branch the request or answer matches has `HH:MM` \
                 times (the defect above), so Prism finds no branch and reports every other \
                 branch's errors",
    },
    KnownDefect {
        operations: PAYMENT_TERMINALS,
        messages: &[
            "must match exactly one schema in oneOf",
            "must have required property",
        ],
        reason: "the payment terminal `oneOf` has several branches with no required property \
                 and no fixed `terminalType` (Ampeco, Embedded, Windcave, Web portal), so every \
                 object matches more than one branch: no request or answer can satisfy it",
    },
    KnownDefect {
        operations: &["invoiceDetailsRead", "invoiceDetailsCreateOrUpdate"],
        messages: &[
            "must match exactly one schema in oneOf",
            "must have required property",
        ],
        reason: "the SoftOne and Ecpay branches of the invoice details `oneOf` require \
                 nothing and allow any property, so every object matches both",
    },
    KnownDefect {
        operations: &["configurationTemplateVariableUpdate"],
        messages: &["must match exactly one schema in oneOf"],
        reason: "neither the OCPP 1.6 nor the OCPP 2.0.1 branch requires a property, so a \
                 body with only `value` matches both",
    },
    KnownDefect {
        operations: &["chargePointSyncConfiguration"],
        messages: &["must match exactly one schema in oneOf"],
        reason: "each key is `oneOf` [one of the standard OCPP keys, any string], so a \
                 standard key matches both branches",
    },
    KnownDefect {
        operations: &["roamingProviderCreate"],
        messages: &["must match exactly one schema in oneOf"],
        reason: "the Hubject and OCPI branches both require only `platformId` and fix no \
                 discriminating value, so every body matches both",
    },
    KnownDefect {
        operations: &["usersListing"],
        messages: &["must be multiple of 0.001"],
        reason: "Prism tests `multipleOf` by floating-point division: 90.32 / 0.001 is \
                 90319.99999999999 in IEEE 754, so a two-decimal balance fails",
    },
];

/// One entry of the `sl-violations` header.
#[derive(Debug, Clone, Deserialize)]
struct Violation {
    location: Vec<String>,
    message: String,
}

impl Violation {
    fn side(&self) -> &str {
        self.location.first().map_or("", String::as_str)
    }

    fn known_defect(&self, op: &str) -> Option<&'static KnownDefect> {
        KNOWN_DEFECTS.iter().find(|defect| {
            (defect.operations.is_empty() || defect.operations.contains(&op))
                && defect
                    .messages
                    .iter()
                    .any(|fragment| self.message.contains(fragment))
        })
    }
}

/// The violations of an `sl-violations` header. Prism prefixes a long list
/// with `Too many violations! ` and cuts it off mid-entry; every complete
/// entry before the cut is kept.
fn parse_violations(header: &str) -> (Vec<Violation>, bool) {
    let (list, truncated) = match header.strip_prefix("Too many violations! ") {
        Some(rest) => (rest, true),
        None => (header, false),
    };
    let mut rest = list.trim_start().strip_prefix('[').unwrap_or(list);
    let mut violations = Vec::new();
    loop {
        let mut entries = serde_json::Deserializer::from_str(rest).into_iter::<Violation>();
        match entries.next() {
            Some(Ok(violation)) => violations.push(violation),
            _ => break,
        }
        rest = rest[entries.byte_offset()..].trim_start_matches([',', ' ']);
    }
    (violations, truncated)
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location.join("."), self.message)
    }
}

/// What Prism said about one operation.
#[derive(Debug)]
struct Verdict {
    op: &'static str,
    status: u16,
    violations: Vec<Violation>,
    /// Prism cut the header short: only the first violations are known.
    truncated: bool,
}

/// The Prism proxy process; its whole process group is killed on drop, so
/// nothing outlives the test, also when it panics.
struct PrismProxy {
    child: Child,
    url: Url,
}

impl PrismProxy {
    fn start(prism: &Path, spec: &Path, upstream: &str) -> PrismProxy {
        let port = free_port();
        let child = Command::new(prism)
            .arg("proxy")
            .arg(spec)
            .arg(upstream)
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .args(["--errors=false", "--verboseLevel", "error"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("prism starts");
        let mut proxy = PrismProxy {
            child,
            url: Url::parse(&format!("http://127.0.0.1:{port}")).expect("url"),
        };
        proxy.wait_until_listening(port);
        proxy
    }

    fn wait_until_listening(&mut self, port: u16) {
        let started = Instant::now();
        while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("prism exited before listening: {status}");
            }
            assert!(
                started.elapsed() < STARTUP_TIMEOUT,
                "prism did not listen on port {port} within {STARTUP_TIMEOUT:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for PrismProxy {
    fn drop(&mut self) {
        // The CLI is a node process that may fork; the group id is its pid.
        if let Ok(group) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: kill(2) has no memory effects; a negative pid names the
            // process group this test created for Prism alone.
            unsafe {
                libc::kill(-group, libc::SIGKILL);
            }
        }
        let _ = self.child.wait();
    }
}

/// A port nobody listens on right now; Prism binds it moments later.
fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

async fn send(
    http: &reqwest::Client,
    proxy: &Url,
    op: &'static Operation,
    request: &OperationRequest,
) -> Verdict {
    let url = build_url(proxy, op, request).expect("example request builds a url");
    let method = reqwest::Method::from_bytes(op.method.as_str().as_bytes()).expect("method");
    let mut builder = http
        .request(method, url)
        .bearer_auth(TOKEN)
        .header("accept", "application/json");
    if let Some(body) = &request.body {
        builder = builder.json(body);
    }
    let response = builder
        .send()
        .await
        .unwrap_or_else(|error| panic!("{}: no answer through prism: {error}", op.id));
    let (violations, truncated) = match response.headers().get("sl-violations") {
        Some(header) => parse_violations(&String::from_utf8_lossy(header.as_bytes())),
        None => (Vec::new(), false),
    };
    Verdict {
        op: op.id,
        status: response.status().as_u16(),
        violations,
        truncated,
    }
}

/// Operation id → its violations that no known defect explains.
fn unexplained(verdicts: &[Verdict]) -> BTreeMap<&'static str, Vec<String>> {
    verdicts
        .iter()
        .map(|verdict| {
            let found: Vec<String> = verdict
                .violations
                .iter()
                .filter(|v| v.known_defect(verdict.op).is_none())
                .map(|v| format!("{v} (status {})", verdict.status))
                .collect();
            (verdict.op, found)
        })
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

/// Operation ids with at least one violation on `side`.
fn flagged_on<'a>(verdicts: &'a [Verdict], side: &str) -> BTreeSet<&'a str> {
    verdicts
        .iter()
        .filter(|verdict| verdict.violations.iter().any(|v| v.side() == side))
        .map(|verdict| verdict.op)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_answer_matches_the_spec_according_to_prism() {
    let root = workspace_root();
    let prism = root.join("node_modules/.bin/prism");
    if !prism.exists() {
        println!("skipped: {} is absent (run npm install)", prism.display());
        return;
    }
    let Some(spec) = codegen::output::newest_spec_in(&codegen::output::default_spec_dir()) else {
        println!(
            "skipped: no vendor spec (*.json) in {}",
            codegen::output::default_spec_dir().display()
        );
        return;
    };
    let started = Instant::now();
    let demo = start().await;
    let proxy = PrismProxy::start(&prism, &spec, demo.url());
    let http = reqwest::Client::builder()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("http client");

    let requests = example_requests(DateSegments::CalendarDates);
    let (deletes, others): (Vec<_>, Vec<_>) = requests
        .iter()
        .partition(|(op, _)| op.kind == OperationKind::Delete);
    let mut verdicts: Vec<Verdict> = stream::iter(others)
        .map(|(op, request)| send(&http, &proxy.url, op, request))
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    // One at a time: a nested record must be gone before its parent goes.
    for (op, request) in deletes {
        verdicts.push(send(&http, &proxy.url, op, request).await);
    }
    // A listing whose header Prism cut short hides the rest of its
    // violations: ask again for one record, whose violations all fit.
    for verdict in verdicts.iter_mut().filter(|verdict| verdict.truncated) {
        let Some((op, request)) = requests.iter().find(|(op, _)| op.id == verdict.op) else {
            continue;
        };
        if op.per_page {
            let mut one_record = request.clone();
            one_record.query.per_page = Some(1);
            *verdict = send(&http, &proxy.url, op, &one_record).await;
        }
    }
    drop(proxy);
    assert_eq!(verdicts.len(), OPERATIONS.len());

    let unexplained = unexplained(&verdicts);
    for (op, list) in &unexplained {
        for violation in list {
            println!("{op}: {violation}");
        }
    }
    let with_response_violations = flagged_on(&verdicts, "response");
    let excused: Vec<&str> = with_response_violations
        .iter()
        .filter(|op| !unexplained.contains_key(*op))
        .copied()
        .collect();
    let truncated: Vec<&str> = verdicts
        .iter()
        .filter(|verdict| verdict.truncated)
        .map(|verdict| verdict.op)
        .collect();
    let mut statuses: BTreeMap<u16, Vec<&str>> = BTreeMap::new();
    for verdict in &verdicts {
        statuses.entry(verdict.status).or_default().push(verdict.op);
    }
    for (status, ops) in statuses.iter().filter(|(status, _)| **status >= 300) {
        println!("answered {status}: {ops:?}");
    }
    println!("operations excused by a known defect: {excused:?}");
    println!("operations whose sl-violations header Prism cut short: {truncated:?}");
    assert!(
        truncated.is_empty(),
        "Prism hid violations of {truncated:?} even for one record"
    );
    println!(
        "prism proxy: {}/{} operations without response violations, {} listed exceptions ({:.1} s)",
        OPERATIONS.len() - with_response_violations.len(),
        OPERATIONS.len(),
        excused.len(),
        started.elapsed().as_secs_f64()
    );

    assert!(
        unexplained.is_empty(),
        "violations Prism reports that no known defect explains: {unexplained:#?}"
    );
    let stale: Vec<&str> = KNOWN_DEFECTS
        .iter()
        .filter(|defect| {
            !verdicts.iter().any(|verdict| {
                verdict.violations.iter().any(|v| {
                    v.known_defect(verdict.op)
                        .is_some_and(|hit| std::ptr::eq(hit, *defect))
                })
            })
        })
        .map(|defect| defect.reason)
        .collect();
    assert!(
        stale.is_empty(),
        "known defects that never fire any more: {stale:#?}"
    );
}

#[test]
fn a_header_prism_cut_short_keeps_its_complete_entries() {
    let entry = r#"{"location":["response","body","data"],"severity":"Error","code":"type","message":"must be object"}"#;
    let header = format!("Too many violations! [{entry},{entry},{{\"location\":[\"resp");
    let (violations, truncated) = parse_violations(&header);
    assert!(truncated);
    assert_eq!(violations.len(), 2);
    assert_eq!(violations[0].side(), "response");
    assert_eq!(
        violations[0].to_string(),
        "response.body.data: must be object"
    );

    let (whole, truncated) = parse_violations(&format!("[{entry}]"));
    assert!(!truncated);
    assert_eq!(whole.len(), 1);
}
