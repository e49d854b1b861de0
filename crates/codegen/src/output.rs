//! Where generated files go, how they are written, and how `--check` compares them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

/// One generated file, relative to the workspace root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub path: &'static str,
    pub contents: String,
}

/// The repository root: two levels above this crate's manifest.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(Path::parent)
        .expect("crates/codegen sits two levels below the workspace root")
        .to_path_buf()
}

/// `<workspace root>/../shared/spec`, where the vendor's documents are kept.
pub fn default_spec_dir() -> PathBuf {
    workspace_root().join("..").join("shared").join("spec")
}

/// The newest `*.json` in `dir`, by the version number in its file name
/// (`ampeco-public-api-3.110.0.json` → 3.110.0). `None` when there is none.
pub fn newest_spec_in(dir: &Path) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
        .max_by_key(|p| {
            let name = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            (version_in(&name), name)
        })
}

fn version_in(name: &str) -> Vec<u64> {
    let start = name
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(name.len());
    name[start..]
        .split('.')
        .map_while(|part| part.parse().ok())
        .collect()
}

/// Files whose committed text differs from `outputs` (missing files included).
pub fn stale(root: &Path, outputs: &[Output]) -> Vec<&'static str> {
    outputs
        .iter()
        .filter(|o| std::fs::read_to_string(root.join(o.path)).ok().as_deref() != Some(&o.contents))
        .map(|o| o.path)
        .collect()
}

/// Writes every output whose text changed; returns the paths written.
pub fn write_all(root: &Path, outputs: &[Output]) -> Result<Vec<&'static str>, String> {
    let changed = stale(root, outputs);
    for output in outputs.iter().filter(|o| changed.contains(&o.path)) {
        let path = root.join(output.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(&path, &output.contents)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(changed)
}

/// Formats Rust source exactly as `cargo fmt` would, so the workspace's
/// `cargo fmt --check` passes on generated files.
pub fn rustfmt(source: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .current_dir(workspace_root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("cannot run rustfmt (install it with `rustup component add rustfmt`): {e}")
        })?;
    let mut stdin = child.stdin.take().expect("stdin was piped");
    let source = source.to_string();
    // Written from another thread: rustfmt starts printing before it has read everything.
    let writer = std::thread::spawn(move || stdin.write_all(source.as_bytes()));
    let result = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt failed: {e}"))?;
    writer
        .join()
        .expect("the writer thread does not panic")
        .map_err(|e| format!("cannot feed rustfmt: {e}"))?;
    if !result.status.success() {
        return Err(format!(
            "rustfmt rejected generated code: {}",
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    String::from_utf8(result.stdout).map_err(|e| format!("rustfmt printed non-UTF-8: {e}"))
}

/// Pretty JSON with object keys sorted, whatever map type `serde_json` was built
/// with, so the output never depends on feature unification.
pub fn sorted_json(value: &Value) -> String {
    let mut out = String::new();
    write_sorted(value, 0, &mut out);
    out.push('\n');
    out
}

fn write_sorted(value: &Value, depth: usize, out: &mut String) {
    let indent = |d: usize| "  ".repeat(d);
    match value {
        Value::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push_str("{\n");
            for (i, key) in keys.iter().enumerate() {
                out.push_str(&indent(depth + 1));
                out.push_str(&Value::String((*key).clone()).to_string());
                out.push_str(": ");
                write_sorted(&map[key.as_str()], depth + 1, out);
                out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
            }
            out.push_str(&indent(depth));
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&indent(depth + 1));
                write_sorted(item, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&indent(depth));
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_keys_are_sorted_at_every_depth() {
        let text = sorted_json(&json!({"b": {"z": 1, "a": [true, {}]}, "a": []}));
        assert_eq!(
            text,
            "{\n  \"a\": [],\n  \"b\": {\n    \"a\": [\n      true,\n      {}\n    ],\n    \"z\": 1\n  }\n}\n"
        );
    }

    #[test]
    fn newest_spec_is_chosen_by_version_not_by_name() {
        let dir = std::env::temp_dir().join(format!("codegen-spec-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["api-3.9.0.json", "api-3.110.0.json", "notes.txt"] {
            std::fs::write(dir.join(name), "{}").unwrap();
        }
        let newest = newest_spec_in(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(newest.file_name().unwrap(), "api-3.110.0.json");
    }

    #[test]
    fn rustfmt_formats_like_cargo_fmt() {
        assert_eq!(rustfmt("fn  main( ){ }").unwrap(), "fn main() {}\n");
    }
}
