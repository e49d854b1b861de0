//! Resident memory of this process, read from `/proc/self/statm` (Linux).

use std::sync::OnceLock;

/// Bytes resident now; `None` where `/proc` is not available.
pub fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * page_size())
}

/// Asked once from `getconf` (no libc binding needed); 4 KiB, the usual Linux
/// page, if that fails.
fn page_size() -> u64 {
    static PAGE_SIZE: OnceLock<u64> = OnceLock::new();
    *PAGE_SIZE.get_or_init(|| {
        std::process::Command::new("getconf")
            .arg("PAGESIZE")
            .output()
            .ok()
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or(4096)
    })
}

/// The highest resident size seen since the start, relative to the start.
pub struct PeakGrowth {
    start: u64,
    peak: u64,
}

impl PeakGrowth {
    pub fn start() -> PeakGrowth {
        let now = resident_bytes().unwrap_or(0);
        PeakGrowth {
            start: now,
            peak: now,
        }
    }

    pub fn sample(&mut self) {
        if let Some(now) = resident_bytes() {
            self.peak = self.peak.max(now);
        }
    }

    pub fn growth_bytes(&self) -> u64 {
        self.peak.saturating_sub(self.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resident_memory_is_read_and_peaks_are_kept() {
        let before = resident_bytes().expect("/proc/self/statm is readable on Linux");
        assert!(before > 0);
        let mut growth = PeakGrowth::start();
        let block = vec![1u8; 32 * 1024 * 1024];
        growth.sample();
        drop(std::hint::black_box(block));
        growth.sample();
        assert!(
            growth.growth_bytes() >= 16 * 1024 * 1024,
            "{}",
            growth.growth_bytes()
        );
    }
}
