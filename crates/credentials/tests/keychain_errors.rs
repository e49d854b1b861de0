//! Keychain failures reproduced for real and mapped to what the operator is told.
//!
//! Each case runs this test binary again as a child process in a broken environment (the
//! D-Bus connection is process state, and environment variables are process-wide), with a
//! time limit so a keychain that waits for an unlock prompt fails the test instead of
//! hanging it. The child runs one `#[ignore]`d test, which does nothing unless
//! `PLUGDESK_KEYCHAIN_CHILD` tells it which failure to expect.
#![cfg(target_os = "linux")]

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use credentials::{CredentialsError, Keychain};

const CHILD_ENV: &str = "PLUGDESK_KEYCHAIN_CHILD";
const CHILD_TEST: &str = "child_probe_reports_expected_failure";
const RETRY_CHILD_TEST: &str = "child_retry_works_once_the_keychain_appears";
const RETRY_SCRATCH_ENV: &str = "PLUGDESK_KEYCHAIN_RETRY_SCRATCH";
const CHILD_TIME_LIMIT: Duration = Duration::from_secs(60);

/// Runs inside the child: probes the keychain and checks the error against the expectation.
#[test]
#[ignore = "runs only as a child process of the tests below"]
fn child_probe_reports_expected_failure() {
    let Ok(expected) = std::env::var(CHILD_ENV) else {
        eprintln!("nothing to do: only meaningful when started by the keychain error tests");
        return;
    };
    let keychain = Keychain::new(format!("plugdesk-test-{}", uuid::Uuid::new_v4()));

    let first = keychain
        .probe()
        .expect_err("the keychain must not be usable here");
    println!("probe error: {first}");
    println!(
        "probe error json: {}",
        serde_json::to_string(&first).unwrap()
    );

    // A second attempt reconnects (the store is rebuilt) and fails the same way: this is the
    // path Retry takes.
    let retried = keychain.probe().expect_err("still not usable");
    assert_eq!(kind(&retried), kind(&first));

    let accepted: Vec<&str> = expected.split(',').collect();
    assert!(
        accepted.contains(&kind(&first).as_str()),
        "expected one of {accepted:?}, got {first:?}"
    );
    assert!(first.is_retryable_keychain_problem());
    let guidance = guidance_of(&first);
    assert!(guidance.contains("Retry"), "{guidance}");
    match &first {
        CredentialsError::KeychainUnavailable { .. } => {
            assert!(guidance.contains("GNOME Keyring") && guidance.contains("KWallet"))
        }
        CredentialsError::KeychainLocked { .. } => assert!(guidance.contains("Unlock")),
        other => panic!("unexpected error {other:?}"),
    }

    // Storing a token reports the same problem. (Reading may legitimately answer "no token"
    // on a locked keyring: the Secret Service lists items without unlocking.)
    let token = credentials::SecretString::from("tok-never-shown");
    let stored = keychain
        .store_token("some-profile", &token)
        .expect_err("storing fails");
    assert_eq!(kind(&stored), kind(&first));
    let shown = format!(
        "{stored} {stored:?} {}",
        serde_json::to_string(&stored).unwrap()
    );
    assert!(!shown.contains("tok-never-shown"), "{shown}");
}

/// Runs inside the child: the keychain is missing at first, then appears while the process
/// keeps running, and the same [`Keychain`] value starts working on the next attempt.
#[test]
#[ignore = "runs only as a child process of the tests below"]
fn child_retry_works_once_the_keychain_appears() {
    let Ok(scratch) = std::env::var(RETRY_SCRATCH_ENV) else {
        eprintln!("nothing to do: only meaningful when started by the keychain error tests");
        return;
    };
    let scratch = Path::new(&scratch);
    let socket = scratch.join("bus");
    let keychain = Keychain::new(format!("plugdesk-test-{}", uuid::Uuid::new_v4()));

    let before = keychain.probe().expect_err("no bus yet");
    assert_eq!(kind(&before), "keychainUnavailable", "{before:?}");

    // The operator starts their desktop keyring; Plugdesk keeps running.
    let mut bus = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--nopidfile"])
        .arg(format!("--address=unix:path={}", socket.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-daemon starts");
    // The socket file appears when the daemon binds it, a moment before it listens: a keyring
    // daemon that connects in that moment gives up on the bus, so wait for a real connection.
    wait_until("the bus accepts connections", || {
        std::os::unix::net::UnixStream::connect(&socket).is_ok()
    });
    let keyring_log = std::fs::File::create(scratch.join("keyring.log")).unwrap();
    let mut keyring = Command::new("gnome-keyring-daemon")
        .args(["--foreground", "--unlock", "--components=secrets"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(keyring_log)
        .spawn()
        .expect("gnome-keyring-daemon starts");
    {
        use std::io::Write;
        let mut stdin = keyring.stdin.take().unwrap();
        stdin.write_all(b"plugdesk-test").unwrap();
    }

    // Retry, as the operator would press Retry, until the keyring has registered on the bus.
    let mut last_error = None;
    let usable = poll_until(|| match keychain.probe() {
        Ok(()) => true,
        Err(err) => {
            last_error = Some(err);
            false
        }
    });
    assert!(
        usable,
        "the keychain did not become usable; last error {last_error:?}; keyring daemon {:?} said:\n{}",
        keyring.try_wait(),
        std::fs::read_to_string(scratch.join("keyring.log")).unwrap_or_default()
    );
    println!("usable after retrying; last error before that: {last_error:?}");
    let profile = uuid::Uuid::new_v4().to_string();
    keychain
        .store_token(&profile, &credentials::SecretString::from("after-retry"))
        .unwrap();
    assert!(keychain.has_token(&profile).unwrap());
    keychain.delete_token(&profile).unwrap();

    let _ = keyring.kill();
    let _ = keyring.wait();
    let _ = bus.kill();
    let _ = bus.wait();
}

fn wait_until(what: &str, condition: impl FnMut() -> bool) {
    assert!(poll_until(condition), "timed out waiting until {what}");
}

/// Polls until the condition holds or 40 s pass (well inside the child's own time limit, and
/// generous for a machine busy with a parallel build).
fn poll_until(mut condition: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(40);
    while !condition() {
        if Instant::now() >= deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(100));
    }
    true
}

fn kind(err: &CredentialsError) -> String {
    serde_json::to_value(err).unwrap()["kind"]
        .as_str()
        .unwrap()
        .to_string()
}

fn guidance_of(err: &CredentialsError) -> String {
    serde_json::to_value(err).unwrap()["guidance"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// No session bus at all: the address points at a socket that does not exist.
#[test]
fn no_session_bus_is_reported_as_unavailable() {
    let scratch = tempfile::tempdir().unwrap();
    let missing_socket = scratch.path().join("no-bus-here");
    let mut child = child_command(scratch.path(), "keychainUnavailable");
    child.env(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}", missing_socket.display()),
    );
    let output = run_with_time_limit(child);
    assert_child_passed(&output);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("\"kind\":\"keychainUnavailable\""),
        "{stdout}"
    );
}

/// A session bus where the Secret Service has no unlocked keyring: the bus may start
/// gnome-keyring on demand, but with a fresh data folder and no password it cannot create or
/// unlock a keyring (and no prompt can be shown), so the keyring stays locked.
#[test]
fn a_bus_without_an_unlocked_keyring_is_reported_as_locked() {
    let Some(dbus_run_session) = find_on_path("dbus-run-session") else {
        eprintln!("skipped: dbus-run-session is not installed (package dbus-user-session)");
        return;
    };
    // With gnome-keyring installed the bus starts it, locked; without any provider the
    // Secret Service is simply absent.
    let expected = if find_on_path("gnome-keyring-daemon").is_some() {
        "keychainLocked"
    } else {
        "keychainUnavailable"
    };
    let scratch = tempfile::tempdir().unwrap();
    let mut child = Command::new(dbus_run_session);
    child.arg("--").arg(std::env::current_exe().unwrap());
    child.args(child_test_args(CHILD_TEST));
    isolate(&mut child, scratch.path(), expected);
    let output = run_with_time_limit(child);
    assert_child_passed(&output);
}

/// The keychain appears after start-up (no restart): the next attempt succeeds.
#[test]
fn retry_succeeds_once_the_keychain_appears() {
    if find_on_path("dbus-daemon").is_none() || find_on_path("gnome-keyring-daemon").is_none() {
        eprintln!("skipped: dbus-daemon or gnome-keyring-daemon is not installed");
        return;
    }
    let scratch = tempfile::tempdir().unwrap();
    let socket = scratch.path().join("bus");
    let mut child = Command::new(std::env::current_exe().unwrap());
    child.args(child_test_args(RETRY_CHILD_TEST));
    isolate(&mut child, scratch.path(), "");
    child.env(RETRY_SCRATCH_ENV, scratch.path()).env(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}", socket.display()),
    );
    let output = run_with_time_limit(child);
    assert_child_passed(&output);
}

fn child_test_args(test: &'static str) -> [&'static str; 5] {
    [
        "--exact",
        test,
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]
}

fn child_command(scratch: &Path, expected_kinds: &str) -> Command {
    let mut child = Command::new(std::env::current_exe().unwrap());
    child.args(child_test_args(CHILD_TEST));
    isolate(&mut child, scratch, expected_kinds);
    child
}

/// Fresh XDG folders so no real keyring or daemon of the caller is reused.
fn isolate(child: &mut Command, scratch: &Path, expected_kinds: &str) {
    for (var, dir) in [
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ] {
        let path = scratch.join(dir);
        std::fs::create_dir_all(&path).unwrap();
        child.env(var, path);
    }
    child
        .env(CHILD_ENV, expected_kinds)
        .env("NO_AT_BRIDGE", "1")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("GNOME_KEYRING_CONTROL")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
}

/// Runs the child in its own process group and kills the whole group (dbus-daemon, keyring
/// daemon and all) if it outlives the time limit.
fn run_with_time_limit(mut command: Command) -> Output {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let child = command.spawn().expect("child test process starts");
    let group = child.id();
    let started = Instant::now();
    let waiter = thread::spawn(move || child.wait_with_output());
    while !waiter.is_finished() {
        if started.elapsed() > CHILD_TIME_LIMIT {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{group}")])
                .status();
            let output = waiter.join().unwrap().unwrap();
            panic!(
                "the keychain call did not return within {CHILD_TIME_LIMIT:?}\nstdout:\n{}\nstderr:\n{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        thread::sleep(Duration::from_millis(50));
    }
    // The child is gone; stop any daemon it left in its group.
    let _ = Command::new("kill")
        .args(["-TERM", "--", &format!("-{group}")])
        .stderr(Stdio::null())
        .status();
    waiter.join().unwrap().expect("child output is collected")
}

fn assert_child_passed(output: &Output) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "child test failed ({})\nstdout:\n{stdout}\nstderr:\n{stderr}",
        output.status
    );
    eprintln!("{stdout}");
}

fn find_on_path(program: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|candidate| candidate.is_file())
    })
}
