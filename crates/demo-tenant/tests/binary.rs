//! The `demo-tenant` binary prints one line with its URL and serves on it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

#[test]
fn binary_prints_its_url_and_serves() {
    let began = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_demo-tenant"))
        .args([
            "--port", "0", "--seed", "42", "--scale", "1", "--token", "T",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    println!(
        "binary ready after {} ms (process start included)",
        began.elapsed().as_millis()
    );
    let url = line
        .trim()
        .strip_prefix("Demo tenant listening on ")
        .expect("the announced line")
        .to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{line}");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = runtime.block_on(async {
        reqwest::Client::new()
            .get(format!("{url}/public-api/resources/locations/v2.0"))
            .bearer_auth("T")
            .send()
            .await
            .unwrap()
            .status()
    });
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(status, 200);
}
