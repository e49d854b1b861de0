//! A Prism mock server of the vendor's spec on a free loopback port, stopped
//! when the guard is dropped (also when the test panics).

use std::fs::File;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Prism loads the spec in about 3 s; a machine busy compiling needs far more.
const STARTUP_LIMIT: Duration = Duration::from_secs(90);

pub struct PrismMock {
    child: Child,
    pub address: SocketAddr,
    /// Prism's own messages; a file, not a pipe, so a chatty Prism never
    /// blocks on a full pipe nobody reads.
    log: PathBuf,
}

impl PrismMock {
    /// Starts `prism mock <spec>` and waits until it accepts connections.
    pub fn start(prism: &Path, spec: &Path) -> Result<PrismMock, String> {
        let address = free_loopback_address()?;
        let log = std::env::temp_dir().join(format!(
            "plugdesk-conformance-prism-{}.log",
            std::process::id()
        ));
        let log_file =
            File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        let child = Command::new(prism)
            .arg("mock")
            .arg(spec)
            .args(["-h", "127.0.0.1", "-p", &address.port().to_string()])
            .stdin(Stdio::null())
            // Prism logs every request; only its startup failure matters here.
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", prism.display()))?;
        let mut mock = PrismMock {
            child,
            address,
            log,
        };
        mock.wait_until_listening()?;
        Ok(mock)
    }

    fn wait_until_listening(&mut self) -> Result<(), String> {
        let started = Instant::now();
        loop {
            if TcpStream::connect_timeout(&self.address, Duration::from_millis(200)).is_ok() {
                return Ok(());
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut pipe) = self.child.stderr.take() {
                    let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
                }
                return Err(format!(
                    "prism exited with {status} before listening: {stderr}"
                ));
            }
            if started.elapsed() > STARTUP_LIMIT {
                return Err(format!(
                    "prism did not listen on {} within {STARTUP_LIMIT:?}",
                    self.address
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for PrismMock {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

/// A port the system just handed out; free again once the probe is dropped.
fn free_loopback_address() -> Result<SocketAddr, String> {
    let probe =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free loopback port: {e}"))?;
    probe
        .local_addr()
        .map_err(|e| format!("no free loopback port: {e}"))
}
