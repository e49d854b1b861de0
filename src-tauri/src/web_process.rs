//! The window's pages run in a web process of their own. When that process ends (a crash in
//! the graphics driver, the system short of memory), WebKitGTK leaves the window blank and
//! nothing in it answers; Tauri brings the page back by itself on macOS, not on Linux. Plugdesk
//! loads the page again at the screen it showed, so the operator sees the window come back
//! instead of an empty one they would have to close. A page that ends its process again and
//! again would reload for ever, so after a few ends in a short time the window says what
//! happened and what to do, and stops.

// The counting below is used by the Linux watcher only (and its tests).
#![cfg_attr(not(target_os = "linux"), allow(dead_code))]

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// How many ends within `SPAN` are followed by a reload; the next one is not.
const RELOADS_PER_SPAN: usize = 3;
const SPAN: Duration = Duration::from_secs(60);

/// When the web process ended lately: one mishap is reloaded, a page that cannot run is not.
#[derive(Debug, Default)]
struct RecentEnds(VecDeque<Instant>);

impl RecentEnds {
    /// Records an end at `now`; whether the page should be loaded again.
    fn reload_after(&mut self, now: Instant) -> bool {
        while self
            .0
            .front()
            .is_some_and(|first| now.duration_since(*first) > SPAN)
        {
            self.0.pop_front();
        }
        self.0.push_back(now);
        self.0.len() <= RELOADS_PER_SPAN
    }
}

/// What the window shows once it stopped reloading: a page of its own, needing nothing from
/// the app's scripts (the page that could not run).
#[cfg(target_os = "linux")]
const STOPPED_PAGE: &str = r#"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Plugdesk stopped showing its screens</title></head>
<body style="font-family: sans-serif; margin: 3rem; max-width: 40rem; color: #1a1a1a; background: #fff">
<main>
<h1>Plugdesk stopped showing its screens</h1>
<p>The part of Plugdesk that draws its screens stopped several times within a minute, so it is
not started again. Nothing you saved is lost.</p>
<p>Close Plugdesk and start it again. If this keeps happening, close other programs to free
memory, or update your graphics driver.</p>
</main>
</body>
</html>"#;

/// Reloads the window's page when its web process ends, at most a few times a minute.
#[cfg(target_os = "linux")]
pub fn reload_when_ended<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) {
    use std::cell::RefCell;
    use webkit2gtk::{WebProcessTerminationReason, WebViewExt};

    let watched = window.with_webview(|platform| {
        let ends = RefCell::new(RecentEnds::default());
        platform
            .inner()
            .connect_web_process_terminated(move |view, reason| {
                let why = match reason {
                    // Ended on purpose (the window closing): nothing to bring back.
                    WebProcessTerminationReason::TerminatedByApi => return,
                    WebProcessTerminationReason::ExceededMemoryLimit => "it ran out of memory",
                    _ => "it stopped unexpectedly",
                };
                if ends.borrow_mut().reload_after(Instant::now()) {
                    eprintln!("Plugdesk's window lost its page ({why}); loading it again.");
                    view.reload();
                } else {
                    eprintln!(
                        "Plugdesk's window lost its page ({why}) {} times within a minute; \
                         it is not loaded again.",
                        RELOADS_PER_SPAN + 1
                    );
                    view.load_html(STOPPED_PAGE, None);
                }
            });
    });
    if let Err(error) = watched {
        eprintln!("Plugdesk cannot watch its window's page: {error}");
    }
}

/// The memory JavaScriptCore paces its garbage collection by, in bytes, unless the environment
/// already names one.
///
/// JavaScriptCore lets a page's heap grow in proportion to the machine's memory before it
/// collects: on a 24 GB machine the window kept hundreds of megabytes of garbage (measured:
/// 180 MiB more after Load all brought 30,000 sessions, of which it holds a few megabytes).
/// Pacing it as if the machine had 1 GiB collects sooner (98 MiB more in the same run); the
/// heap may still grow past it. WebKit's web process inherits the variable from Plugdesk.
const GARBAGE_PACE_RAM_BYTES: &str = "1073741824";

/// Sets the pace of the window's garbage collection (see [`GARBAGE_PACE_RAM_BYTES`]). Call it
/// first thing, before any thread starts and before the window's process is spawned.
#[cfg(target_os = "linux")]
pub fn pace_garbage_collection() {
    const OPTION: &str = "JSC_forceRAMSize";
    if std::env::var_os(OPTION).is_none() {
        std::env::set_var(OPTION, GARBAGE_PACE_RAM_BYTES);
    }
}

/// WebView2 and WKWebView pace their own.
#[cfg(not(target_os = "linux"))]
pub fn pace_garbage_collection() {}

/// The variable that has WebKitGTK draw the page straight into the window instead of
/// compositing its layers with OpenGL.
const NO_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Whether `dri` (the kernel's `/dev/dri`) has a render node: a GPU that OpenGL can draw with.
fn has_render_node(dri: &std::path::Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|entry| entry.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// Where `dri` has no GPU and the environment does not already say, tells WebKit to draw
/// without OpenGL compositing; the value to set, if any.
///
/// With no GPU (a virtual machine, a remote desktop, a thin client), OpenGL is Mesa's software
/// renderer: compositing through it compiles shaders with LLVM and rasterises on every core,
/// next to the page's own work, and holds its buffers in both the app's and the page's
/// processes. Drawing straight into the window does the same job with less. Measured on a
/// two-core machine without a GPU (`bench/RESULTS.md`): the app's memory idle about 125 MiB
/// lower and its first list rows sooner. With a GPU nothing changes.
fn compositing_choice(
    dri: &std::path::Path,
    already: Option<std::ffi::OsString>,
) -> Option<&'static str> {
    (already.is_none() && !has_render_node(dri)).then_some("1")
}

/// Applies [`compositing_choice`] to this process, whose environment WebKit's processes
/// inherit. Call it first thing, before any thread starts.
#[cfg(target_os = "linux")]
pub fn draw_without_gpu_compositing_when_no_gpu() {
    let dri = std::path::Path::new("/dev/dri");
    if let Some(value) = compositing_choice(dri, std::env::var_os(NO_COMPOSITING)) {
        std::env::set_var(NO_COMPOSITING, value);
    }
}

/// WebView2 and WKWebView choose how to draw themselves.
#[cfg(not(target_os = "linux"))]
pub fn draw_without_gpu_compositing_when_no_gpu() {}

/// On macOS Tauri brings the page back itself. On Windows WebView2 reports such an end as a
/// process failure, which Plugdesk does not handle yet.
#[cfg(not(target_os = "linux"))]
pub fn reload_when_ended<R: tauri::Runtime>(_window: &tauri::WebviewWindow<R>) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_garbage_pace_is_a_number_of_bytes_and_an_operators_own_stays() {
        assert_eq!(GARBAGE_PACE_RAM_BYTES.parse::<u64>().unwrap(), 1 << 30);
        // Only this test touches the variable.
        std::env::set_var("JSC_forceRAMSize", "123");
        pace_garbage_collection();
        assert_eq!(std::env::var("JSC_forceRAMSize").unwrap(), "123");
        std::env::remove_var("JSC_forceRAMSize");
        pace_garbage_collection();
        #[cfg(target_os = "linux")]
        assert_eq!(
            std::env::var("JSC_forceRAMSize").unwrap(),
            GARBAGE_PACE_RAM_BYTES
        );
    }

    #[test]
    fn draws_without_compositing_only_where_no_gpu_is_found_and_nobody_chose() {
        let no_gpu = tempfile::tempdir().unwrap();
        std::fs::write(no_gpu.path().join("card0"), "").unwrap();
        assert_eq!(compositing_choice(no_gpu.path(), None), Some("1"));
        let missing = no_gpu.path().join("absent");
        assert_eq!(compositing_choice(&missing, None), Some("1"));

        let gpu = tempfile::tempdir().unwrap();
        std::fs::write(gpu.path().join("renderD128"), "").unwrap();
        assert_eq!(compositing_choice(gpu.path(), None), None);

        // An operator's own choice stays, either way.
        assert_eq!(compositing_choice(no_gpu.path(), Some("0".into())), None);
    }

    #[test]
    fn reloads_a_few_times_a_minute_then_stops() {
        let start = Instant::now();
        let mut ends = RecentEnds::default();
        for second in 0..RELOADS_PER_SPAN as u64 {
            assert!(ends.reload_after(start + Duration::from_secs(second)));
        }
        assert!(!ends.reload_after(start + Duration::from_secs(10)));
    }

    #[test]
    fn an_end_long_after_the_last_ones_is_reloaded_again() {
        let start = Instant::now();
        let mut ends = RecentEnds::default();
        for second in 0..=RELOADS_PER_SPAN as u64 {
            ends.reload_after(start + Duration::from_secs(second));
        }
        assert!(ends.reload_after(start + SPAN + Duration::from_secs(RELOADS_PER_SPAN as u64 + 1)));
    }
}
