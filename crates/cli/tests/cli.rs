//! The real binary against a tenant on 127.0.0.1: output, exit codes, and the
//! token kept out of everything printed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use assert_cmd::Command;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

const TOKEN: &str = "cli-token-77a1f0";
const RECORDS: usize = 7;

/// Requests the tenant received: method, path and query, in order.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    fn push(&self, line: String) {
        self.0.lock().unwrap().push(line);
    }
    fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

fn authorised(headers: &HeaderMap) -> bool {
    headers.get("authorization").and_then(|v| v.to_str().ok()) == Some(&format!("Bearer {TOKEN}"))
}

fn unauthenticated() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        Json(json!({"message": "Unauthenticated."})),
    )
        .into_response()
}

async fn booking(Path(id): Path<String>, headers: HeaderMap) -> Response {
    if !authorised(&headers) {
        return unauthenticated();
    }
    if id == "404" {
        return (
            StatusCode::NOT_FOUND,
            Json(json!({"message": "No query results."})),
        )
            .into_response();
    }
    Json(json!({"data": {"id": id, "status": "accepted", "newField": 1}})).into_response()
}

/// A cursor listing of [`RECORDS`] bookings, three per page.
async fn bookings(
    State(log): State<Log>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if !authorised(&headers) {
        return unauthenticated();
    }
    let mut keys: Vec<_> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    keys.sort();
    log.push(format!("GET bookings {}", keys.join("&")));
    let start: usize = query
        .get("cursor")
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let end = (start + 3).min(RECORDS);
    let data: Vec<Value> = (start..end)
        .map(|i| {
            if i == 0 {
                json!({"id": i, "status": "accepted"})
            } else {
                json!({"id": i, "status": "reserved", "note": format!("n{i}")})
            }
        })
        .collect();
    let next = (end < RECORDS).then(|| format!("http://ignored.example/bookings?cursor={end}"));
    Json(json!({"data": data, "links": {"next": next}, "meta": {}})).into_response()
}

async fn change_availability(
    State(log): State<Log>,
    Path(id): Path<String>,
    body: String,
) -> StatusCode {
    log.push(format!("POST change-availability {id} {body}"));
    StatusCode::ACCEPTED
}

/// Starts the tenant on its own thread and runtime; it lives until the test process ends.
fn tenant() -> (String, Log) {
    let log = Log::default();
    let router = Router::new()
        .route(
            "/public-api/resources/bookings/v1.0/{booking}",
            get(booking),
        )
        .route("/public-api/resources/bookings/v1.0", get(bookings))
        .route(
            "/public-api/actions/charge-point/v1.0/{chargePoint}/change-availability",
            post(change_availability),
        )
        .with_state(log.clone());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, router).await.unwrap();
        });
    });
    (format!("http://{address}"), log)
}

fn cli(tenant: &str) -> Command {
    let mut command = Command::cargo_bin("plugdesk-cli").unwrap();
    command
        .env("PLUGDESK_TENANT", tenant)
        .env("PLUGDESK_TOKEN", TOKEN);
    command
}

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn operations_lists_the_whole_table() {
    let output = Command::cargo_bin("plugdesk-cli")
        .unwrap()
        .args(["operations", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let table: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(table.len(), ampeco::generated::OPERATIONS.len());

    let output = Command::cargo_bin("plugdesk-cli")
        .unwrap()
        .args(["operations", "--kind", "list"])
        .output()
        .unwrap();
    let text = stdout_of(&output);
    assert!(
        text.lines()
            .any(|line| line.starts_with("bookingsListing ")),
        "{text}"
    );
    assert!(text.lines().all(|line| line.contains(" list ")), "{text}");
}

#[test]
fn call_prints_the_record_as_json() {
    let (tenant, _) = tenant();
    let output = cli(&tenant)
        .args(["call", "bookingRead", "--path", "booking=12"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let body: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        body,
        json!({"data": {"id": "12", "status": "accepted", "newField": 1}})
    );
}

#[test]
fn call_sends_a_body_and_prints_nothing_for_202() {
    let (tenant, log) = tenant();
    let output = cli(&tenant)
        .args([
            "call",
            "chargePointChangeAvailability",
            "--path",
            "chargePoint=5",
            "--body",
            r#"{"type":"Operative"}"#,
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        log.lines(),
        [r#"POST change-availability 5 {"type":"Operative"}"#]
    );
}

#[test]
fn a_body_can_come_from_standard_input() {
    let (tenant, log) = tenant();
    let output = cli(&tenant)
        .args([
            "call",
            "chargePointChangeAvailability",
            "--path",
            "chargePoint=9",
            "--body",
            "@-",
        ])
        .write_stdin(r#"{"type": "Inoperative"}"#)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        log.lines(),
        [r#"POST change-availability 9 {"type":"Inoperative"}"#]
    );
}

#[test]
fn exit_codes_tell_what_went_wrong() {
    let (tenant, log) = tenant();
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["call", "bookingRead", "--path", "booking=404"],
            4,
            "Not found",
        ),
        (
            vec![
                "call",
                "chargePointChangeAvailability",
                "--path",
                "chargePoint=5",
                "--body",
                r#"{"type":"Off"}"#,
            ],
            5,
            "type: Must be one of: Inoperative, Operative.",
        ),
        (
            vec!["call", "bookingRead"],
            2,
            "path parameter booking is missing",
        ),
        (
            vec!["call", "bookingsListing", "--filter", "colour=red"],
            2,
            "filter \"colour\"",
        ),
        (vec!["call", "noSuchOperation"], 2, "there is no operation"),
        (
            vec!["call", "bookingRead", "--path", "booking"],
            2,
            "NAME=VALUE",
        ),
        (
            vec!["fetch-all", "chargePointChangeAvailability"],
            2,
            "listings only",
        ),
        (vec!["call", "--unknown-flag"], 2, "unexpected argument"),
    ];
    for (args, code, needle) in cases {
        let output = cli(&tenant).args(&args).output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(code),
            "{args:?}: {}",
            stderr_of(&output)
        );
        assert!(
            stderr_of(&output).contains(needle),
            "{args:?}: {}",
            stderr_of(&output)
        );
    }
    assert!(
        log.lines().is_empty(),
        "nothing invalid may be sent: {:?}",
        log.lines()
    );
}

#[test]
fn a_wrong_token_exits_3_without_printing_any_token() {
    let (tenant, _) = tenant();
    let output = cli(&tenant)
        .env("PLUGDESK_TOKEN", "wrong-secret-3c9d")
        .args(["call", "bookingRead", "--path", "booking=1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let printed = format!("{}{}", stdout_of(&output), stderr_of(&output));
    assert!(
        printed.contains("did not accept the API token"),
        "{printed}"
    );
    assert!(
        !printed.contains("wrong-secret-3c9d") && !printed.contains(TOKEN),
        "{printed}"
    );
}

#[test]
fn a_missing_token_or_tenant_is_a_usage_error() {
    let output = Command::cargo_bin("plugdesk-cli")
        .unwrap()
        .env_remove("PLUGDESK_TOKEN")
        .env("PLUGDESK_TENANT", "https://acme.example")
        .args(["call", "bookingRead", "--path", "booking=1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("PLUGDESK_TOKEN"));

    let output = Command::cargo_bin("plugdesk-cli")
        .unwrap()
        .env_remove("PLUGDESK_TENANT")
        .env("PLUGDESK_TOKEN", TOKEN)
        .args(["call", "bookingRead", "--path", "booking=1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("--tenant"));
}

#[test]
fn an_unreachable_tenant_exits_6() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let output = cli(&format!("http://127.0.0.1:{port}"))
        .args(["call", "bookingRead", "--path", "booking=1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr_of(&output));
    assert!(stderr_of(&output).contains("Could not reach the tenant"));
}

#[test]
fn fetch_all_streams_every_page_as_json_lines() {
    let (tenant, log) = tenant();
    let output = cli(&tenant)
        .args([
            "fetch-all",
            "bookingsListing",
            "--filter",
            "status=accepted",
            "--query",
            "per_page=3",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let ids: Vec<u64> = stdout_of(&output)
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..RECORDS as u64).collect::<Vec<_>>());
    assert_eq!(
        log.lines(),
        [
            "GET bookings cursor=&filter[status]=accepted&per_page=3",
            "GET bookings cursor=3&filter[status]=accepted&per_page=3",
            "GET bookings cursor=6&filter[status]=accepted&per_page=3",
        ]
    );
}

#[test]
fn fetch_all_writes_csv_with_the_first_pages_columns() {
    let (tenant, _) = tenant();
    let output = cli(&tenant)
        .args(["fetch-all", "bookingsListing", "--format", "csv"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let text = stdout_of(&output);
    let lines: Vec<&str> = text.lines().collect();
    // The last column holds, as JSON, any field first seen after page one (none here).
    assert_eq!(lines[0], "id,status,note,other fields");
    assert_eq!(lines[1], "0,accepted,,");
    assert_eq!(lines[2], "1,reserved,n1,");
    assert_eq!(lines.len(), 1 + RECORDS);
}

#[test]
fn a_bare_loopback_address_is_normalised_like_the_app_does() {
    let (url, _) = tenant();
    let bare = url.trim_start_matches("http://").to_owned() + "/public-api";
    let output = cli(&bare)
        .args(["call", "bookingRead", "--path", "booking=5"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains("\"accepted\""));
}

#[test]
fn a_saved_profile_supplies_address_and_token_from_the_keychain() {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        eprintln!(
            "skipped: no D-Bus session (run inside scripts/with-keyring.sh for the real keychain)"
        );
        return;
    }
    let (url, _) = tenant();
    let config_home = tempfile::tempdir().unwrap();
    // Where the desktop app keeps its profiles, under this run's XDG_CONFIG_HOME.
    let profiles_dir = config_home.path().join(credentials::APP_IDENTIFIER);
    let mut store = credentials::ProfileStore::open(&profiles_dir).unwrap();
    let profile = store
        .add(credentials::NewProfile {
            name: "Loopback".into(),
            tenant_url: credentials::TenantUrl::parse(&url).unwrap(),
            color: credentials::ProfileColor::Teal,
            read_only: true,
        })
        .unwrap();
    let keychain = credentials::Keychain::for_this_build();
    keychain
        .store_token(&profile.id, &credentials::SecretString::from(TOKEN))
        .unwrap();

    let output = Command::cargo_bin("plugdesk-cli")
        .unwrap()
        .env("XDG_CONFIG_HOME", config_home.path())
        .env_remove("PLUGDESK_TOKEN")
        .env_remove("PLUGDESK_TENANT")
        .args([
            "call",
            "bookingRead",
            "--profile",
            "loopback",
            "--path",
            "booking=5",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(!stdout_of(&output).contains(TOKEN) && !stderr_of(&output).contains(TOKEN));

    // The profile is read-only: a change is refused before it is sent.
    let refused = Command::cargo_bin("plugdesk-cli")
        .unwrap()
        .env("XDG_CONFIG_HOME", config_home.path())
        .args([
            "call",
            "chargePointChangeAvailability",
            "--profile",
            "Loopback",
        ])
        .args([
            "--path",
            "chargePoint=1",
            "--body",
            r#"{"availability": "operative"}"#,
        ])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(
        stderr_of(&refused).contains("read-only"),
        "{}",
        stderr_of(&refused)
    );

    let unknown = Command::cargo_bin("plugdesk-cli")
        .unwrap()
        .env("XDG_CONFIG_HOME", config_home.path())
        .args([
            "call",
            "bookingRead",
            "--profile",
            "Nope",
            "--path",
            "booking=5",
        ])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr_of(&unknown).contains("saved profiles: Loopback"));
    keychain.delete_token(&profile.id).unwrap();
}
