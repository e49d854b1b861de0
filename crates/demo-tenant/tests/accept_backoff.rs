//! The accept loop under "too many open files": it pauses and retries instead
//! of spinning, and serves again once descriptors free up. Its own test
//! binary, because it lowers the process's descriptor limit.

#![cfg(unix)]

mod common;

use std::net::TcpStream;
use std::time::Duration;

use ampeco::OperationRequest;
use common::{client, op, start, TOKEN};

fn cpu_time() -> Duration {
    // SAFETY: getrusage only writes into the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}

fn set_open_file_limit(soft: u64) -> u64 {
    // SAFETY: plain calls on a struct owned here.
    unsafe {
        let mut limit: libc::rlimit = std::mem::zeroed();
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
        let before = limit.rlim_cur as u64;
        limit.rlim_cur = soft as libc::rlim_t;
        assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &limit), 0);
        before
    }
}

fn open_descriptors() -> u64 {
    std::fs::read_dir("/proc/self/fd")
        .map(|dir| dir.count() as u64)
        .unwrap_or(64)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_descriptor_table_makes_the_accept_loop_wait_not_spin() {
    let demo = start().await;
    let address = demo.url().trim_start_matches("http://").to_owned();
    // Fill the descriptor table, then free one for a client: its connection
    // waits in the backlog while every accept fails with EMFILE.
    let original = set_open_file_limit(open_descriptors() + 16);
    let mut fillers = Vec::new();
    while let Ok(file) = std::fs::File::open("/dev/null") {
        fillers.push(file);
    }
    fillers.pop();
    let waiting = TcpStream::connect(&address).expect("the backlog takes the connection");
    // Connections now wait in the backlog while accept fails with EMFILE.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let before = cpu_time();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let spent = cpu_time() - before;
    drop(fillers);
    drop(waiting);
    set_open_file_limit(original);
    println!(
        "CPU time while accept failed for 1 s: {} ms",
        spent.as_millis()
    );
    assert!(
        spent < Duration::from_millis(150),
        "the accept loop spun: {} ms of CPU in 1 s",
        spent.as_millis()
    );
    let api = client(&demo, TOKEN);
    api.execute(op("currenciesListing"), OperationRequest::default())
        .await
        .expect("the tenant serves again once descriptors are free");
}
